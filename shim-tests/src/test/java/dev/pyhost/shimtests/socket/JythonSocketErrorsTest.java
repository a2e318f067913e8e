package dev.pyhost.shimtests.socket;

import dev.pyhost.Engine;

class JythonSocketErrorsTest extends SocketErrorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
