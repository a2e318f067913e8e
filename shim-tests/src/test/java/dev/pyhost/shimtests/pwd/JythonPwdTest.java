package dev.pyhost.shimtests.pwd;

import dev.pyhost.Engine;

class JythonPwdTest extends PwdContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
