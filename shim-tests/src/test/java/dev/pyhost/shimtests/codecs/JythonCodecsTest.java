package dev.pyhost.shimtests.codecs;

import dev.pyhost.Engine;

class JythonCodecsTest extends CodecsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
