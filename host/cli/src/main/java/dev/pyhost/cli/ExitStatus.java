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
    /** Not a status: the warm-start daemon cannot run this (a prompt); the client runs it in-process. */
    public static final int IN_PROCESS = -3;

    private ExitStatus() {
    }
}
