package dev.pyhost.shimtests.resource;

import dev.pyhost.Engine;

class GraalPyResourceTest extends ResourceContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
