package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class JythonGeventSocketTest extends GeventSocketContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
