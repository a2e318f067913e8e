package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;

class GraalPyStrOfSubclassesTest extends StrOfSubclassesContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
