package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;

class JythonSlf4jBridgeTest extends Slf4jBridgeContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
