package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class JythonLoggingConfigTest extends LoggingConfigContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
