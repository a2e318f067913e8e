package dev.pyhost.shimtests.traceback;

import dev.pyhost.Engine;

class JythonCodecErrorWordingTest extends CodecErrorWordingContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
