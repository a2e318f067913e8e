package dev.pyhost.shimtests.psutil;

import dev.pyhost.Engine;

class JythonPsutilTest extends PsutilContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
