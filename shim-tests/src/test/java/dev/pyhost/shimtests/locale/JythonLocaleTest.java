package dev.pyhost.shimtests.locale;

import dev.pyhost.Engine;

class JythonLocaleTest extends LocaleContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
