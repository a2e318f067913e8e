package dev.pyhost.spi;

import dev.pyhost.Engine;

/**
 * An engine implementation, found through {@link java.util.ServiceLoader}. Each engine module
 * ({@code pyhost-engine-jython}, {@code pyhost-engine-graalpy}) provides exactly one, so an
 * application can depend on one engine without the other.
 *
 * @since 0.1
 */
public interface EngineProvider {

    /** Which engine this is. */
    Engine engine();

    /** The engine's name and version as {@code pyhost -V} prints it, e.g. "Jython 2.7.4". */
    String versionLine();

    /**
     * The stack size of the thread that runs a session's Python code. Interpreters use many Java
     * frames per Python frame; the memory is only reserved, not committed. The default suits an
     * engine that enforces {@code sys.getrecursionlimit()} itself.
     */
    default long mainThreadStackBytes() {
        return 1L << 30;
    }

    /**
     * Starts a fresh interpreter state for one host: its own {@code sys.modules}, globals, working
     * directory and environment. Costly: call once per host.
     */
    EngineSession open(SessionSpec spec);
}
