package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsLoadavgTest extends OsLoadavgContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
