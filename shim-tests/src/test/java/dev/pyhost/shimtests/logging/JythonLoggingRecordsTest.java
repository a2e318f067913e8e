package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class JythonLoggingRecordsTest extends LoggingRecordsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
