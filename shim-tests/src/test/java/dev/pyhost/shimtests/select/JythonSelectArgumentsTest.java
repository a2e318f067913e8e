package dev.pyhost.shimtests.select;

import dev.pyhost.Engine;

class JythonSelectArgumentsTest extends SelectArgumentsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
