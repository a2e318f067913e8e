package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsWaitStatusTest extends OsWaitStatusContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
