package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsExecTest extends OsExecContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
