package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class JythonPlatformNamesTest extends PlatformNamesContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
