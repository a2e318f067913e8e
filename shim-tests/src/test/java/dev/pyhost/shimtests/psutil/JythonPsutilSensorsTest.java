package dev.pyhost.shimtests.psutil;

import dev.pyhost.Engine;

class JythonPsutilSensorsTest extends PsutilSensorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
