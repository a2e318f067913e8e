package dev.pyhost.shimtests.configparser;

import dev.pyhost.Engine;

class GraalPyConfigParserTest extends ConfigParserContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
