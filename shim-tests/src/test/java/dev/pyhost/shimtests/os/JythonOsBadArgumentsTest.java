package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsBadArgumentsTest extends OsBadArgumentsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
