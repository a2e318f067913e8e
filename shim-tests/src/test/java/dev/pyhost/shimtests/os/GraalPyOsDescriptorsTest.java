package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyOsDescriptorsTest extends OsDescriptorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
