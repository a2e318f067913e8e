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

    /**
     * GraalPy raises {@code RecursionError} when the Java stack runs out, whatever
     * {@code sys.getrecursionlimit()} says: 64 MB holds some ten thousand interpreted Python
     * frames (CPython's default limit is 1000), and a runaway recursion ends in well under a second
     * instead of after 200,000 frames.
     */
    @Override
    public long mainThreadStackBytes() {
        return 64L << 20;
    }

    @Override
    public EngineSession open(SessionSpec spec) {
        return new GraalPySession(spec);
    }
}
