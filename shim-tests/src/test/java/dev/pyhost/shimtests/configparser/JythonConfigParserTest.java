package dev.pyhost.shimtests.configparser;

import dev.pyhost.Engine;

class JythonConfigParserTest extends ConfigParserContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
