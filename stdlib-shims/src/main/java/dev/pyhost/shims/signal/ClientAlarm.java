package dev.pyhost.shims.signal;

import dev.pyhost.shims.os.Posix;
import dev.pyhost.shims.os.PosixException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code alarm(2)} of a run whose process is a warm-start daemon's client: SIGALRM is sent to the
 * client when it is due, which forwards it to the run as every signal it gets; the same for
 * {@code setitimer(ITIMER_REAL)}, its interval included. One per run.
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
    private long intervalNanos;

    ClientAlarm(Posix posix, long pid) {
        this.posix = posix;
        this.pid = pid;
    }

    /**
     * Sets the alarm {@code seconds} from now (0: none); answers the seconds that were left of
     * the previous one, rounded as {@code alarm(2)} rounds them.
     */
    synchronized long set(int seconds) {
        double left = timer(true, seconds, 0)[0];
        return left <= 0 ? 0 : Math.max(1, Math.round(left));
    }

    /**
     * {@code setitimer(ITIMER_REAL, seconds, interval)} ({@code set}) or {@code getitimer}:
     * {value, interval} of the timer before, in seconds.
     */
    synchronized double[] timer(boolean set, double seconds, double interval) {
        double[] before = {0, intervalNanos / 1e9};
        if (pending != null && !pending.isDone()) {
            before[0] = Math.max(1e-6, (due - System.nanoTime()) / 1e9);
        } else {
            before[1] = 0;
        }
        if (!set) {
            return before;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = null;
        intervalNanos = 0;
        long delay = (long) Math.ceil(seconds * 1e9);
        if (delay > 0) {
            long every = (long) Math.ceil(interval * 1e9);
            due = System.nanoTime() + delay;
            if (every > 0) {
                intervalNanos = every;
                pending = TIMERS.scheduleAtFixedRate(this::ringAndAdvance, delay, every, TimeUnit.NANOSECONDS);
            } else {
                pending = TIMERS.schedule(this::ring, delay, TimeUnit.NANOSECONDS);
            }
        }
        return before;
    }

    private synchronized void ringAndAdvance() {
        due += intervalNanos;
        ring();
    }

    private void ring() {
        try {
            posix.kill(pid, SIGALRM);
        } catch (PosixException e) {
            // the client is gone, and the run with it
        }
    }
}
