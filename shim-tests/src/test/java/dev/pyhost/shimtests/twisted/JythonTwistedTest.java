package dev.pyhost.shimtests.twisted;

import dev.pyhost.Engine;

class JythonTwistedTest extends TwistedContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
