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
 * @param pipeSize     the size of the pipes to the child's standard streams ({@code pipesize},
 *                     Linux {@code F_SETPIPE_SZ}); not positive: pyhost's, 1 MiB where the system
 *                     allows it (fewer, larger reads and writes than the default 64 KiB)
 */
public record ChildSetup(boolean newSession, int processGroup, int[] passFrom, int[] passTo, int umask,
                         int[] ignored, boolean restoreSignals, int pipeSize) {
    /** Nothing besides: same session and group, only descriptors 0-2, the session's umask. */
    public static final ChildSetup PLAIN = new ChildSetup(false, -1, new int[0], new int[0], -1, new int[0], true, -1);
    /**
     * As {@link #PLAIN}, the signals the script ignores staying ignored (SIGPIPE and SIGXFSZ
     * included): what CPython's {@code os.system}, {@code os.spawn*}, {@code os.exec*} and
     * Python 2's {@code subprocess} give a child, which starts as a copy of the process.
     */
    public static final ChildSetup INHERITING = PLAIN.withRestoreSignals(false);

    public ChildSetup(boolean newSession, int processGroup, int[] passFrom, int[] passTo, int umask) {
        this(newSession, processGroup, passFrom, passTo, umask, new int[0], true, -1);
    }

    public ChildSetup {
        if (passFrom.length != passTo.length) {
            throw new IllegalArgumentException("passFrom and passTo differ in length");
        }
    }

    /** The same set-up with another umask. */
    public ChildSetup withUmask(int mask) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, mask, ignored, restoreSignals, pipeSize);
    }

    /** The same set-up with other signals ignored. */
    public ChildSetup withIgnored(int[] signals) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, umask, signals, restoreSignals, pipeSize);
    }

    /**
     * Popen's {@code restore_signals}: when false, SIGPIPE and SIGXFSZ stay as the child inherits
     * them (ignored when the session ignores them) instead of being set back to their defaults.
     */
    public ChildSetup withRestoreSignals(boolean restore) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, umask, ignored, restore, pipeSize);
    }

    /** Popen's {@code pipesize}: the size of the pipes to the child; not positive: pyhost's. */
    public ChildSetup withPipeSize(int bytes) {
        return new ChildSetup(newSession, processGroup, passFrom, passTo, umask, ignored, restoreSignals, bytes);
    }
}
