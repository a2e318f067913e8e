package dev.pyhost.shims.multiprocessing;

/**
 * A lock or semaphore shared by every session of the JVM, so by a parent and its child
 * processes: {@code multiprocessing}'s Lock, RLock, Semaphore and BoundedSemaphore, and the
 * building block of its Condition, Event and Barrier. Waits are bounded by the caller's timeout;
 * the glue waits in short slices so that {@code terminate()} can reach a blocked child.
 */
public final class SemLock {
    /** Counts of what {@link #release()} reports. */
    public static final int OK = 0;
    public static final int NOT_OWNED = 1;
    public static final int TOO_MANY = 2;

    private final boolean recursive;
    private final int maxValue;
    private int value;
    private Thread owner;
    private int count;

    /**
     * @param recursive true for an RLock (value and maxValue are then ignored)
     * @param value     a semaphore's initial value
     * @param maxValue  a bounded semaphore's bound, or a negative value for none
     */
    public SemLock(boolean recursive, int value, int maxValue) {
        this.recursive = recursive;
        this.value = value;
        this.maxValue = maxValue;
    }

    /**
     * Acquires; waits at most {@code timeout} seconds (0: do not wait). Returns false when the
     * time ran out or the waiting thread was interrupted.
     */
    public synchronized boolean acquire(double timeout) {
        Thread me = Thread.currentThread();
        if (recursive && owner == me) {
            count++;
            return true;
        }
        long deadline = System.nanoTime() + (long) (Math.max(0, timeout) * 1e9);
        while (recursive ? owner != null : value == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (recursive) {
            owner = me;
            count = 1;
        } else {
            value--;
        }
        return true;
    }

    /** Releases; returns {@link #OK}, {@link #NOT_OWNED} or {@link #TOO_MANY}. */
    public synchronized int release() {
        if (recursive) {
            if (owner != Thread.currentThread()) {
                return NOT_OWNED;
            }
            if (--count == 0) {
                owner = null;
                notifyAll();
            }
            return OK;
        }
        if (maxValue >= 0 && value >= maxValue) {
            return TOO_MANY;
        }
        value++;
        notifyAll();
        return OK;
    }

    /** A semaphore's value; for an RLock 0 while held, else 1. */
    public synchronized int value() {
        return recursive ? (owner == null ? 1 : 0) : value;
    }

    /** True when the calling thread holds this RLock. */
    public synchronized boolean isMine() {
        return owner == Thread.currentThread();
    }

    /** How many times the owner holds this RLock (0 when another thread or none holds it). */
    public synchronized int count() {
        return owner == Thread.currentThread() ? count : 0;
    }

    public synchronized boolean isOwned() {
        return owner != null;
    }

    /** Releases an RLock held {@code n} times at once (Condition.wait); returns the count. */
    public synchronized int releaseAll() {
        if (owner != Thread.currentThread()) {
            return 0;
        }
        int n = count;
        owner = null;
        count = 0;
        notifyAll();
        return n;
    }

    /** Takes an RLock back {@code n} times at once (after Condition.wait). */
    public synchronized boolean acquireRestore(int n, double timeout) {
        if (!acquire(timeout)) {
            return false;
        }
        count = n;
        return true;
    }
}
