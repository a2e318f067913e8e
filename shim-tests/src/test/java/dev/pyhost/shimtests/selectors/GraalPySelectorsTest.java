package dev.pyhost.shimtests.selectors;

import dev.pyhost.Engine;

class GraalPySelectorsTest extends SelectorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
