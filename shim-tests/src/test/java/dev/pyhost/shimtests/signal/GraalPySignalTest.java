package dev.pyhost.shimtests.signal;

import dev.pyhost.Engine;

class GraalPySignalTest extends SignalContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
