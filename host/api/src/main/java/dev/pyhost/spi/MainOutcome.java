package dev.pyhost.spi;

import dev.pyhost.PythonException;
import dev.pyhost.SystemExitException;

/**
 * What {@code _pyhost.run_main} returned, turned into the host's exceptions. Shared by the
 * engine adapters so both report outcomes the same way.
 *
 * @since 0.1
 */
public final class MainOutcome {
    private MainOutcome() {
    }

    /**
     * Returns normally for a clean end or {@code sys.exit(0)}; throws otherwise.
     *
     * @param status        the exit status CPython would end with
     * @param type          the exception type name, or null
     * @param message       {@code str(exception)} or the exit message
     * @param tracebackText the traceback as CPython prints it (empty when already printed)
     */
    public static void check(int status, String type, String message, String tracebackText) {
        if (type == null) {
            return;
        }
        if (type.equals("SystemExit")) {
            if (status != 0) {
                throw new SystemExitException(status, message);
            }
            return;
        }
        throw new PythonException(type, message, tracebackText);
    }
}
