package dev.pyhost.shims.coop;

import java.util.concurrent.locks.LockSupport;

/**
 * The turn of one greenlet (or idle worker thread): {@link #take} parks its thread until another
 * greenlet {@link #give gives} it the turn (the names avoid Python's keywords {@code pass} and
 * {@code await}). A park/unpark pair costs a few microseconds on a
 * virtual thread; Python locks (Jython's are Java monitors, GraalPy's go through the interpreter)
 * cost several times more, and a switch is one wake and one wait. {@link #handTo} does both in
 * one call from Python, which on GraalPy is one release of the interpreter lock instead of two.
 */
public final class Baton {
    private final boolean interruptible;
    private volatile boolean turn;
    private volatile Thread waiter;

    Baton(boolean interruptible) {
        this.interruptible = interruptible;
    }

    /** Gives the turn to this baton's greenlet (before or while it waits). */
    public void give() {
        turn = true;
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /**
     * Waits for the turn and takes it; false when an interrupt ended the wait first, on an engine
     * whose blocking calls an interrupt ends (GraalPy: closing the context cancels its threads
     * that way, and Ctrl-C raises in a waiting main thread as on its own locks). On Jython an
     * interrupt does not end the wait (as on its own locks): the greenlet that has the turn is
     * running, and Ctrl-C reaches the script through the engine's check when Python runs again.
     */
    public boolean take() {
        waiter = Thread.currentThread();
        while (!turn) {
            LockSupport.park(this);
            if (Thread.interrupted() && interruptible) {
                waiter = null;
                return false;
            }
        }
        turn = false;
        waiter = null;
        return true;
    }

    /** Gives the turn to {@code next}, then waits for this baton's own turn (see {@link #take}). */
    public boolean handTo(Baton next) {
        next.give();
        return take();
    }
}
