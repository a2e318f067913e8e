package dev.pyhost;

/**
 * Everything a {@link PyHost} throws. The family is closed: a Python exception that escaped the
 * script ({@link PythonException}), a non-zero {@code sys.exit} ({@link SystemExitException}),
 * or a failure of the host itself ({@link EngineException}).
 *
 * @since 0.1
 */
public sealed abstract class PyHostException extends RuntimeException
        permits PythonException, SystemExitException, EngineException {

    PyHostException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exit status {@code python} would end with for this outcome. */
    public abstract int exitStatus();
}
