package dev.pyhost.shimtests.multiprocessing;

import dev.pyhost.Engine;

class JythonMultiprocessingTest extends MultiprocessingContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
