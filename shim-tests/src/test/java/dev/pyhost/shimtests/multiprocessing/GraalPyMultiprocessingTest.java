package dev.pyhost.shimtests.multiprocessing;

import dev.pyhost.Engine;

class GraalPyMultiprocessingTest extends MultiprocessingContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
