package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;

class JythonStrOfSubclassesTest extends StrOfSubclassesContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
