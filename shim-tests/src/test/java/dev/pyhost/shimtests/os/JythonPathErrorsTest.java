package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonPathErrorsTest extends PathErrorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
