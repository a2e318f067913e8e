package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;

class GraalPyPathErrorsTest extends PathErrorsContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
