package dev.pyhost.spi;

/**
 * A Python module implemented in Java and shared by both engines, contributed through
 * {@link java.util.ServiceLoader}. Its Java core ({@link #newCore}) takes and returns plain Java
 * values (String, long, List, Map, records); its glue is a little Python source that gives the
 * module CPython's exact API on top of the core.
 *
 * <p>The glue runs with two names bound: {@code _core}, this session's core object, and
 * {@code _target}, the module being built (for {@link Kind#OVERLAY}: the engine's own module,
 * already imported).
 *
 * @since 0.1
 */
public interface ShimModule {

    /** How the shim meets the engine's standard library. */
    enum Kind {
        /** The shim is the whole module; the engine's own is never imported. */
        MODULE,
        /** The engine's module is imported first, then the glue replaces what it gets wrong. */
        OVERLAY
    }

    /** The Python module name, e.g. {@code os}. */
    String name();

    Kind kind();

    /**
     * How the shim meets the engine's standard library for one Python major version: a shim may
     * be the whole module where one engine has none and an overlay where the other has one.
     *
     * @since 0.2
     */
    default Kind kind(int pythonMajor) {
        return kind();
    }

    /** True when this shim serves the given Python major version (2 or 3). */
    boolean supports(int pythonMajor);

    /** The glue's Python source for the given major version. */
    String glue(int pythonMajor);

    /** Creates the Java core for one session. */
    Object newCore(ShimContext context);
}
