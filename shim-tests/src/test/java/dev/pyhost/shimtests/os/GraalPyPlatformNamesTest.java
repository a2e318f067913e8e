package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyPlatformNamesTest extends PlatformNamesContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
