package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsStatTest extends OsStatContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
