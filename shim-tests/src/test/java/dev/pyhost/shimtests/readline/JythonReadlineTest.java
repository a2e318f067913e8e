package dev.pyhost.shimtests.readline;

import dev.pyhost.Engine;

class JythonReadlineTest extends ReadlineContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
