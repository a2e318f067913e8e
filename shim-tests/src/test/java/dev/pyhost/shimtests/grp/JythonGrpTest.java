package dev.pyhost.shimtests.grp;

import dev.pyhost.Engine;

class JythonGrpTest extends GrpContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
