package dev.pyhost.shimtests.random;

import dev.pyhost.Engine;

class JythonRandomTest extends RandomContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
