package dev.pyhost.shimtests.readline;

import dev.pyhost.Engine;

class GraalPyReadlineTest extends ReadlineContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
