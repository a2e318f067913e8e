package dev.pyhost.shimtests.subprocess;

import dev.pyhost.Engine;

class GraalPySubprocessTest extends SubprocessContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
