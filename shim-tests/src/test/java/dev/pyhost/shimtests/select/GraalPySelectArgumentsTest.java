package dev.pyhost.shimtests.select;

import dev.pyhost.Engine;

class GraalPySelectArgumentsTest extends SelectArgumentsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
