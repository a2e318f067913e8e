package dev.pyhost.shimtests.locale;

import dev.pyhost.Engine;

class GraalPyLocaleTest extends LocaleContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
