package dev.pyhost.shimtests.greenlet;

import dev.pyhost.Engine;

class JythonGreenletTest extends GreenletContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
