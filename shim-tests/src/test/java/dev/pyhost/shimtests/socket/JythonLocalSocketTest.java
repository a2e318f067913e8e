package dev.pyhost.shimtests.socket;

import dev.pyhost.Engine;

class JythonLocalSocketTest extends LocalSocketContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
