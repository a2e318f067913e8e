package dev.pyhost.shims.signal;

import dev.pyhost.shims.os.Posix;
import dev.pyhost.shims.os.PosixException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code alarm(2)} of a run whose process is a warm-start daemon's client: SIGALRM is sent to the
 * client when it is due, which forwards it to the run as every signal it gets. One per run.
 */
final class ClientAlarm {
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pyhost-run-alarms");
        t.setDaemon(true);
        return t;
    });
    private static final int SIGALRM = 14;

    private final Posix posix;
    private final long pid;
    private ScheduledFuture<?> pending;
    private long due;

    ClientAlarm(Posix posix, long pid) {
        this.posix = posix;
        this.pid = pid;
    }

    /**
     * Sets the alarm {@code seconds} from now (0: none); answers the seconds that were left of
     * the previous one, rounded as {@code alarm(2)} rounds them.
     */
    synchronized long set(int seconds) {
        long left = 0;
        if (pending != null && pending.cancel(false)) {
            long nanos = due - System.nanoTime();
            left = Math.max(1, (nanos + 500_000_000L) / 1_000_000_000L);
        }
        pending = null;
        if (seconds > 0) {
            due = System.nanoTime() + seconds * 1_000_000_000L;
            pending = TIMERS.schedule(this::ring, seconds, TimeUnit.SECONDS);
        }
        return left;
    }

    private void ring() {
        try {
            posix.kill(pid, SIGALRM);
        } catch (PosixException e) {
            // the client is gone, and the run with it
        }
    }
}
