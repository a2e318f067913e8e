package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class JythonMonkeyPatchIsolationTest extends MonkeyPatchIsolationContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
