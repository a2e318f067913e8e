package dev.pyhost.shims.os;

/** POSIX wait statuses as {@code os.system} and {@code os.popen().close()} return them. */
final class WaitStatus {
    private WaitStatus() {
    }

    /**
     * The wait status for an exit code as {@link Process#exitValue()} reports it (the fallback
     * without {@link Posix}). The JDK reports a child killed by signal N as 128 + N, the way a
     * shell does; this keeps that reading.
     */
    static long of(int exitValue) {
        return ((long) exitValue & 0xff) << 8;
    }

    /** Popen's {@code returncode} for a raw status: the exit code, or -N after signal N. */
    static int toReturnCode(int status) {
        int sig = status & 0x7f;
        if (sig == 0) {
            return (status >> 8) & 0xff;
        }
        if (sig != 0x7f) {
            return -sig;
        }
        return status; // stopped: not reported by waitpid without WUNTRACED
    }
}
