package dev.pyhost.engine.graalpy;

import dev.pyhost.Engine;
import dev.pyhost.PyHostContract;

/** The host contract on GraalPy (Python 3). */
class GraalPyHostTest extends PyHostContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }
}
