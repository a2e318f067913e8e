package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsSpawnTest extends OsSpawnContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
