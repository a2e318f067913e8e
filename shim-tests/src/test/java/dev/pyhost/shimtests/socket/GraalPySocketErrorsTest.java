package dev.pyhost.shimtests.socket;

import dev.pyhost.Engine;

class GraalPySocketErrorsTest extends SocketErrorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
