package dev.pyhost.shimtests.bz2;

import dev.pyhost.Engine;

class JythonBz2Test extends Bz2Contract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
