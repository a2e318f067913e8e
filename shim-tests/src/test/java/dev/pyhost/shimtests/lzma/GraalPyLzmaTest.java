package dev.pyhost.shimtests.lzma;

import dev.pyhost.Engine;

class GraalPyLzmaTest extends LzmaContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
