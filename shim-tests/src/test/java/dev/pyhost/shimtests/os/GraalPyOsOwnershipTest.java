package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsOwnershipTest extends OsOwnershipContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
