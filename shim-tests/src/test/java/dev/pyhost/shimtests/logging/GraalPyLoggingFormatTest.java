package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class GraalPyLoggingFormatTest extends LoggingFormatContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
