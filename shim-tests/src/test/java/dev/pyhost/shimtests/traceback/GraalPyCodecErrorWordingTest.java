package dev.pyhost.shimtests.traceback;

import dev.pyhost.Engine;

class GraalPyCodecErrorWordingTest extends CodecErrorWordingContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
