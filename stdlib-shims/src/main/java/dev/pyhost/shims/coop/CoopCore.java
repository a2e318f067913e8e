package dev.pyhost.shims.coop;

/**
 * The Java side of greenlets: each greenlet's stack is a virtual thread's stack. The glue hands
 * control from one to the next with locks, so only one greenlet of a group runs at a time.
 */
public final class CoopCore {
    /** Starts {@code body} (a Python callable) on a new virtual thread. */
    public void start(Runnable body) {
        Thread.ofVirtual().name("greenlet").start(body);
    }

    /** Monotonic seconds, for timers. */
    public double monotonic() {
        return System.nanoTime() / 1e9;
    }
}
