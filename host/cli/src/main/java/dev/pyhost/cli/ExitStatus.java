package dev.pyhost.cli;

/** Exit statuses of the command line, as CPython's. */
public final class ExitStatus {
    public static final int OK = 0;
    /** An uncaught exception or an internal error. */
    public static final int FAILURE = 1;
    /** Bad usage, or a script that cannot be opened. */
    public static final int USAGE = 2;
    /** Not a status: Python 3 re-raises SIGINT after a KeyboardInterrupt and dies of it. */
    public static final int DIE_OF_SIGINT = -2;
    /** Not a status: the run ended by SIGHUP (a child that died of it). */
    public static final int DIE_OF_SIGHUP = -1;
    /** Not a status: the run ended by SIGTERM (a child that died of it). */
    public static final int DIE_OF_SIGTERM = -15;
    /** Not a status: a daemon's run ended by SIGUSR1, SIGUSR2 or SIGALRM sent to its client, unhandled. */
    public static final int DIE_OF_SIGUSR1 = -10;
    public static final int DIE_OF_SIGUSR2 = -12;
    public static final int DIE_OF_SIGALRM = -14;
    /** Not a status: a write to a closed pipe ended a script that set SIGPIPE to SIG_DFL. */
    public static final int DIE_OF_SIGPIPE = -13;
    /** Not a status: the warm-start daemon cannot run this (a prompt); the client runs it in-process. */
    public static final int IN_PROCESS = -3;

    private ExitStatus() {
    }

    /** The signal a status says to die of (a {@code DIE_OF_*} one), or 0. */
    public static int signalToDieOf(int status) {
        return switch (status) {
            case DIE_OF_SIGINT, DIE_OF_SIGHUP, DIE_OF_SIGTERM, DIE_OF_SIGPIPE, DIE_OF_SIGUSR1, DIE_OF_SIGUSR2,
                 DIE_OF_SIGALRM -> -status;
            default -> 0;
        };
    }
}
