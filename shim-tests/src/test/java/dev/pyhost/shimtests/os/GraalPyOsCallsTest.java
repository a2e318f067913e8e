package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsCallsTest extends OsCallsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
