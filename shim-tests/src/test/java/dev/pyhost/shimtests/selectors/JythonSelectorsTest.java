package dev.pyhost.shimtests.selectors;

import dev.pyhost.Engine;

class JythonSelectorsTest extends SelectorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
