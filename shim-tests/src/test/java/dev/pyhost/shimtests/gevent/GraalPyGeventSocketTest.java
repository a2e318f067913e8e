package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class GraalPyGeventSocketTest extends GeventSocketContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
