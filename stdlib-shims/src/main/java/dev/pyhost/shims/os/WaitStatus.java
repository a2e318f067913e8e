package dev.pyhost.shims.os;

/** POSIX wait statuses as {@code os.system} and {@code os.popen().close()} return them. */
final class WaitStatus {
    private WaitStatus() {
    }

    /**
     * The wait status for an exit code as {@link Process#exitValue()} reports it. The JDK reports a
     * child killed by signal N as 128 + N, the way a shell does; this keeps that reading.
     */
    static long of(int exitValue) {
        return ((long) exitValue & 0xff) << 8;
    }
}
