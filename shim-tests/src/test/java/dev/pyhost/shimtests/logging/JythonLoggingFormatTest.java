package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class JythonLoggingFormatTest extends LoggingFormatContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
