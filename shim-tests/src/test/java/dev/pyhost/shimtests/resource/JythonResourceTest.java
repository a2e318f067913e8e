package dev.pyhost.shimtests.resource;

import dev.pyhost.Engine;

class JythonResourceTest extends ResourceContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
