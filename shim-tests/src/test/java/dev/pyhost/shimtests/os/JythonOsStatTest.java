package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsStatTest extends OsStatContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
