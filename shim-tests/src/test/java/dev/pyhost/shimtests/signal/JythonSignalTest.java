package dev.pyhost.shimtests.signal;

import dev.pyhost.Engine;

class JythonSignalTest extends SignalContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
