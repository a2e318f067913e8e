package dev.pyhost.engine.graalpy;

import dev.pyhost.Engine;
import dev.pyhost.spi.EngineProvider;
import dev.pyhost.spi.EngineSession;
import dev.pyhost.spi.SessionSpec;

/** Python 3 on GraalPy. */
public final class GraalPyEngineProvider implements EngineProvider {
    @Override
    public Engine engine() {
        return Engine.GRAALPY;
    }

    @Override
    public String versionLine() {
        return "GraalPy " + SharedEngine.get().getLanguages().get("python").getVersion()
                + " (" + SharedEngine.get().getImplementationName() + ")";
    }

    @Override
    public EngineSession open(SessionSpec spec) {
        return new GraalPySession(spec);
    }
}
