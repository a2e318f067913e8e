package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsCallsTest extends OsCallsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
