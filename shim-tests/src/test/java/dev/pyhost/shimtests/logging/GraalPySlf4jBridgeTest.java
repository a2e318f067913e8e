package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class GraalPySlf4jBridgeTest extends Slf4jBridgeContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
