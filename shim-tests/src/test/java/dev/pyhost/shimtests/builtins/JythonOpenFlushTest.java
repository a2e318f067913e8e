package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;

class JythonOpenFlushTest extends OpenFlushContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
