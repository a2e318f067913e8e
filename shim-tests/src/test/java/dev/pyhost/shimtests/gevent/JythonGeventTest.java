package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;

class JythonGeventTest extends GeventContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
