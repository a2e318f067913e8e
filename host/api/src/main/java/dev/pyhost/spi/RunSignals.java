package dev.pyhost.spi;

/**
 * The signal dispositions a session keeps for itself where it shares its process with others (a
 * daemon's run, an embedding host's session): the {@code signal} module's core implements it,
 * and {@link dev.pyhost.PyHost#signal} hands it the signals meant for the session.
 *
 * @since 0.3
 */
public interface RunSignals {
    /** What the session does with a signal. */
    enum Disposition {
        /** Its Python handler takes it (in the session's main thread). */
        HANDLED,
        /** The script ignores it ({@code SIG_IGN}). */
        IGNORED,
        /** The default action: the host carries it out. */
        DEFAULT
    }

    /** Hands signal {@code number} to the session's handler, if it set one; says what it set. */
    Disposition receive(int number);
}
