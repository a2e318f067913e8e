package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class GraalPyMonkeyPatchIsolationTest extends MonkeyPatchIsolationContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
