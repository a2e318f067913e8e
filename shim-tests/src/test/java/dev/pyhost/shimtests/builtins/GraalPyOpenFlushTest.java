package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;

class GraalPyOpenFlushTest extends OpenFlushContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
