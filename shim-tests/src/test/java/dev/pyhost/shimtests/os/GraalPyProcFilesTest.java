package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyProcFilesTest extends ProcFilesContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
