package dev.pyhost.shimtests.eventlet;

import dev.pyhost.Engine;

class GraalPyEventletTest extends EventletContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
