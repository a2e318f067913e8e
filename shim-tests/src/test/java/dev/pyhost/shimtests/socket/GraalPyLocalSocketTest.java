package dev.pyhost.shimtests.socket;

import dev.pyhost.Engine;

class GraalPyLocalSocketTest extends LocalSocketContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
