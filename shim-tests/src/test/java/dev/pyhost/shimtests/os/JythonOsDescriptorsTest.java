package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonOsDescriptorsTest extends OsDescriptorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
