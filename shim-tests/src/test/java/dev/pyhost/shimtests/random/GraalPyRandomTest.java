package dev.pyhost.shimtests.random;

import dev.pyhost.Engine;

class GraalPyRandomTest extends RandomContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
