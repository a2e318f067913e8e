package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class GraalPyLoggingConfigTest extends LoggingConfigContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
