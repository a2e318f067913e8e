package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonProcFilesTest extends ProcFilesContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
