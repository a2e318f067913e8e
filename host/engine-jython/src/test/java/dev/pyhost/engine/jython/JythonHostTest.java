package dev.pyhost.engine.jython;

import dev.pyhost.Engine;
import dev.pyhost.PyHostContract;

/** The host contract on Jython (Python 2.7). */
class JythonHostTest extends PyHostContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }
}
