package dev.pyhost.shimtests.grp;

import dev.pyhost.Engine;

class GraalPyGrpTest extends GrpContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
