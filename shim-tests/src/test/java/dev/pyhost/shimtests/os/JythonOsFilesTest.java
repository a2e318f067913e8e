package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsFilesTest extends OsFilesContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
