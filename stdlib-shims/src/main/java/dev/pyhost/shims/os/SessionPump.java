package dev.pyhost.shims.os;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Copies a child's output pipe into one of the session's streams (a script whose stdout is not
 * the JVM's own: embedded, or run by the daemon) until every writer has closed the pipe.
 *
 * <p>A waiter must not report the child ended before the output it wrote has reached the session
 * (CPython's child writes to the terminal itself, so its output always comes first), yet must not
 * wait for the pipe's end either: a grandchild that the child left running ({@code daemon &})
 * holds the pipe open as long as it lives, and CPython's {@code wait()} returns without it.
 * {@link #settle} waits for what lies between.
 */
final class SessionPump {

    private final Posix posix;
    private final int fd;
    private final ChildThreads.Job job;
    /** Reads that returned so far; with {@link #reading}, tells a pump idle on an empty pipe. */
    private volatile long reads;
    private volatile boolean reading;

    SessionPump(Posix posix, int fd, OutputStream to, long pid) {
        this.posix = posix;
        this.fd = fd;
        PipeEnd end = new PipeEnd(posix, fd);
        this.job = ChildThreads.start("pyhost-pump-" + pid, () -> {
            byte[] buf = new byte[65536];
            try {
                int n;
                while (true) {
                    reading = true;
                    n = end.readInto(buf, 0, buf.length);
                    reads++;
                    reading = false;
                    if (n <= 0) {
                        break;
                    }
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // the session's stream is gone: nothing more to copy
            } finally {
                reading = false;
                end.close();
            }
        });
    }

    /**
     * Called once the child has been reaped: waits until everything it wrote has been copied,
     * that is until the pump has ended, or sits in a read of an empty pipe that a grandchild
     * holds open; past {@code busyUntil}, a grandchild that keeps writing no longer holds the
     * waiter. Gives up at {@code deadline}; both in nanoTime. True when settled.
     */
    boolean settle(long deadline, long busyUntil) throws InterruptedException {
        while (job.isAlive()) {
            long seen = reads;
            if (reading && idle()) {
                // the read may have returned just now: settled only if it has not
                if (!job.join(java.time.Duration.ofMillis(1))) {
                    if (reads == seen && reading) {
                        return true;
                    }
                }
                continue;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                return false;
            }
            if (now >= busyUntil && !hungUp()) {
                return true;
            }
            job.join(java.time.Duration.ofNanos(Math.min(deadline - now, 1_000_000L)));
        }
        return true;
    }

    /** True when nothing waits in the pipe and a writer still holds it. */
    private boolean idle() {
        short r = revents();
        return (r & (Posix.POLLIN | Posix.POLLHUP)) == 0;
    }

    /** True when every writer has closed the pipe: the pump is copying its last bytes. */
    private boolean hungUp() {
        return (revents() & Posix.POLLHUP) != 0;
    }

    private short revents() {
        try {
            return posix.poll(new int[] {fd}, new short[] {Posix.POLLIN}, 0)[0];
        } catch (PosixException e) {
            return Posix.POLLHUP; // closed meanwhile: the pump is ending
        }
    }
}
