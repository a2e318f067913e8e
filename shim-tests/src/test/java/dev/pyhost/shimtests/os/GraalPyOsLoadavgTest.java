package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsLoadavgTest extends OsLoadavgContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
