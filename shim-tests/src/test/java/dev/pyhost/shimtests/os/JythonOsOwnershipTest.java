package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsOwnershipTest extends OsOwnershipContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
