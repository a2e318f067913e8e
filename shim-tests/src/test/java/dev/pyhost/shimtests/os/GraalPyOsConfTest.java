package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsConfTest extends OsConfContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
