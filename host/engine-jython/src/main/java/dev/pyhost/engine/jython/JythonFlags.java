package dev.pyhost.engine.jython;

import dev.pyhost.InterpreterOptions;
import org.python.core.Options;

/**
 * The command line's flags where Jython keeps them: {@link Options}, which {@code sys.flags}
 * shows and the compiler and warnings read. They are the JVM's, not a session's: only flags
 * given are set, so that a host without flags leaves them as they were.
 */
final class JythonFlags {
    private JythonFlags() {
    }

    static synchronized void apply(InterpreterOptions o) {
        if (o.ignoresEnvironment()) {
            Options.ignore_environment = true;
        }
        if (o.noUserSite()) {
            Options.no_user_site = true;
        }
        if (o.dontWriteBytecode()) {
            Options.dont_write_bytecode = true;
        }
        if (o.optimize() > 0) {
            Options.optimize = o.optimize();
        }
        if (o.bytesWarning() > 0) {
            Options.bytes_warning = o.bytesWarning();
        }
        if (o.py3kWarning()) {
            Options.py3k_warning = true;
        }
        if (o.division() != null) {
            switch (o.division()) {
                case "new" -> Options.Qnew = true;
                case "warn" -> Options.division_warning = 1;
                case "warnall" -> Options.division_warning = 2;
                default -> { }
            }
        }
    }
}
