package dev.pyhost.shimtests.fcntl;

import dev.pyhost.Engine;

class GraalPyFcntlTest extends FcntlContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
