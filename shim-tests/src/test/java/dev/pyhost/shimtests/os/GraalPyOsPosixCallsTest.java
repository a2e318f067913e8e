package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsPosixCallsTest extends OsPosixCallsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
