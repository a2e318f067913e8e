package dev.pyhost.cli;

/** Exit statuses of the command line, as CPython's. */
final class ExitStatus {
    static final int OK = 0;
    /** An uncaught exception or an internal error. */
    static final int FAILURE = 1;
    /** Bad usage, or a script that cannot be opened. */
    static final int USAGE = 2;
    /** Not a status: Python 3 re-raises SIGINT after a KeyboardInterrupt and dies of it. */
    static final int DIE_OF_SIGINT = -2;

    private ExitStatus() {
    }
}
