package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsBadArgumentsTest extends OsBadArgumentsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
