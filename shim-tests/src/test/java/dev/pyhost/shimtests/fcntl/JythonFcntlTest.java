package dev.pyhost.shimtests.fcntl;

import dev.pyhost.Engine;

class JythonFcntlTest extends FcntlContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
