package dev.pyhost.shimtests.eventlet;

import dev.pyhost.Engine;

class JythonEventletTest extends EventletContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
