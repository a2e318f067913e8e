package dev.pyhost.shimtests.greenlet;

import dev.pyhost.Engine;

class GraalPyGreenletTest extends GreenletContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
