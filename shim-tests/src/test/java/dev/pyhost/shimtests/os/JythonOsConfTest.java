package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsConfTest extends OsConfContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
