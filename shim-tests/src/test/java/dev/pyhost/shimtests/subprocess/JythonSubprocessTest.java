package dev.pyhost.shimtests.subprocess;

import dev.pyhost.Engine;

class JythonSubprocessTest extends SubprocessContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
