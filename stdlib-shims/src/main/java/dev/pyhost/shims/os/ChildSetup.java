package dev.pyhost.shims.os;

/**
 * What a child gets besides its program, arguments, environment and standard streams, as
 * CPython's {@code subprocess.Popen} sets it up in the child: a new session
 * ({@code start_new_session}), a process group ({@code process_group}), descriptors kept
 * open ({@code pass_fds}) and a file mode creation mask ({@code umask}).
 *
 * @param newSession   the child calls {@code setsid()}
 * @param processGroup the child calls {@code setpgid(0, processGroup)}; negative: it does not
 * @param passFrom     this process's descriptors the child keeps...
 * @param passTo       ...at these numbers (the ones Python sees, which are not always the system's),
 *                     open across exec; every other descriptor from 3 on is closed
 * @param umask        the child's umask; negative: the session's (see {@link Processes#setUmask})
 * @param ignored      signals the child starts ignoring, as the script ignores them (see
 *                     {@link Processes#setIgnored}): a child inherits SIG_IGN, never a handler
 * @param restoreSignals SIGPIPE and SIGXFSZ go back to their defaults in the child ({@code
 *                     restore_signals}); false: they stay as inherited (ignored when ignored here)
 */
public record ChildSetup(boolean newSession, int processGroup, int[] passFrom, int[] passTo, int umask,
                         int[] ignored, boolean restoreSignals) {
    /** Nothing besides: same session and group, only descriptors 0-2, the session's umask. */
    public static final ChildSetup PLAIN = new ChildSetup(false, -1, new int[0], new int[0], -1, new int[0], true);

    public ChildSetup(boolean newSession, int processGroup, int[] passFrom, int[] passTo, int umask) {
        this(newSession, processGroup, passFrom, passTo, umask, new int[0], true);
    }

    public ChildSetup {
        if (passFrom.length != passTo.length) {
            throw new IllegalArgumentException("passFrom and passTo differ in length");
        }
    }

    /** The same set-up with another umask. */
    public ChildSetup withUmask(int mask) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, mask, ignored, restoreSignals);
    }

    /** The same set-up with other signals ignored. */
    public ChildSetup withIgnored(int[] signals) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, umask, signals, restoreSignals);
    }

    /**
     * Popen's {@code restore_signals}: when false, SIGPIPE and SIGXFSZ stay as the child inherits
     * them (ignored when the session ignores them) instead of being set back to their defaults.
     */
    public ChildSetup withRestoreSignals(boolean restore) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, umask, ignored, restore);
    }
}
