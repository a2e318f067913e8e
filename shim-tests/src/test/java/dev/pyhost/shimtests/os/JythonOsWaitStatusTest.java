package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsWaitStatusTest extends OsWaitStatusContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
