package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class GraalPyLoggingRecordsTest extends LoggingRecordsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
