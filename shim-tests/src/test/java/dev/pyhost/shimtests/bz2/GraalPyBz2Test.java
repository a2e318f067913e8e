package dev.pyhost.shimtests.bz2;

import dev.pyhost.Engine;

class GraalPyBz2Test extends Bz2Contract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
