package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsFilesTest extends OsFilesContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
