package dev.pyhost.shimtests.psutil;

import dev.pyhost.Engine;

class GraalPyPsutilSensorsTest extends PsutilSensorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
