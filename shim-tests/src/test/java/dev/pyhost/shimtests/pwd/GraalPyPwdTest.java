package dev.pyhost.shimtests.pwd;

import dev.pyhost.Engine;

class GraalPyPwdTest extends PwdContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
