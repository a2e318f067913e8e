package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsSpawnTest extends OsSpawnContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
