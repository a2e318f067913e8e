package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsExecTest extends OsExecContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
