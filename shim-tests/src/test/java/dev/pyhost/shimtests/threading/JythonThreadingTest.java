package dev.pyhost.shimtests.threading;

import dev.pyhost.Engine;

class JythonThreadingTest extends ThreadingContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
