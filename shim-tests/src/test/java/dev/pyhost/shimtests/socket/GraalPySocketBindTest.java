package dev.pyhost.shimtests.socket;

import dev.pyhost.Engine;

class GraalPySocketBindTest extends SocketBindContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
