package dev.pyhost.engine.jython;

import dev.pyhost.Engine;
import dev.pyhost.spi.EngineProvider;
import dev.pyhost.spi.EngineSession;
import dev.pyhost.spi.SessionSpec;

/** Python 2.7 on Jython. */
public final class JythonEngineProvider implements EngineProvider {
    @Override
    public Engine engine() {
        return Engine.JYTHON;
    }

    @Override
    public String versionLine() {
        return "Jython " + org.python.Version.PY_VERSION;
    }

    @Override
    public EngineSession open(SessionSpec spec) {
        JythonRuntime.ensureInitialized();
        return new JythonSession(spec);
    }
}
