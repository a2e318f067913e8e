package dev.pyhost.shimtests.twisted;

import dev.pyhost.Engine;

class GraalPyTwistedTest extends TwistedContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
