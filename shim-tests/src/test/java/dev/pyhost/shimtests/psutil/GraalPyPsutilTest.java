package dev.pyhost.shimtests.psutil;

import dev.pyhost.Engine;

class GraalPyPsutilTest extends PsutilContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
