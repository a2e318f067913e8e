package dev.pyhost.shimtests.threading;

import dev.pyhost.Engine;

class GraalPyThreadingTest extends ThreadingContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
