package dev.pyhost.shimtests.codecs;

import dev.pyhost.Engine;

class GraalPyCodecsTest extends CodecsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
