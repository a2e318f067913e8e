package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class GraalPyGeventTest extends GeventContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
