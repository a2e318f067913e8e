package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyFrame;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.core.ThreadState;
import org.python.core.TraceFunction;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Ctrl-C and Python signal handlers for Jython, in the session's main thread as CPython runs
 * them. Ctrl-C raises {@code KeyboardInterrupt} there, whether the thread is blocked (it is
 * interrupted) or busy in a loop (a one-shot trace function on every frame of its stack raises at
 * the next line Jython executes). A signal whose handler is Python code ({@link #deliver}) runs
 * that handler the same way, with the frame it interrupted, so that what the handler raises
 * ({@code sys.exit()}, a timeout of {@code signal.alarm}) is raised where the main thread is;
 * Jython itself calls handlers on the JVM's signal thread, where such an exception is lost.
 * {@link #sleep} is the main thread's {@code time.sleep}: a signal cuts it short, as it cuts
 * CPython 2's, and its handler runs before the sleep returns.
 */
final class JythonInterrupts {
    private volatile ThreadState state;
    private volatile Thread thread;
    /** An interrupt that came while no Python code ran: raised when code next starts. */
    private volatile boolean pending;
    /** Signals to handle in the main thread: each the handler and the signal number. */
    private final ConcurrentLinkedQueue<PyObject[]> signals = new ConcurrentLinkedQueue<>();
    /** The main thread waits in {@link #sleep} or {@link #pause}, where a signal wakes it. */
    private volatile boolean waiting;
    /** What a handler raised that ran while the main thread waited in Java: raised there next. */
    private final ConcurrentLinkedQueue<PyException> raised = new ConcurrentLinkedQueue<>();
    /** How long a main thread may go without a line of Python before a handler runs beside it. */
    private static final long BLOCKED_GRACE_MS = 50;

    void enter(ThreadState ts) {
        state = ts;
        thread = Thread.currentThread();
        if (pending) {
            pending = false;
            interrupt();
        }
        if (!signals.isEmpty()) {
            new Raiser(ts, this::runSignalHandlers).arm();
        }
    }

    void leave() {
        state = null;
        thread = null;
    }

    void interrupt() {
        ThreadState ts = state;
        Thread t = thread;
        if (ts == null || t == null) {
            pending = true;
            return;
        }
        Raiser raiser = new Raiser(ts, frame -> {
            Thread.interrupted();
            throw Py.KeyboardInterrupt("");
        });
        raiser.arm();
        wakeWhenBlocked(t, raiser);
    }

    /**
     * Signal {@code signum} arrived for {@code handler} (Python code): it runs in the main thread
     * at the next line there, or at once where that thread waits in {@link #sleep} or
     * {@link #pause}; while no code runs, when code next starts.
     */
    void deliver(PyObject handler, int signum) {
        PyObject[] entry = {handler, Py.newInteger(signum)};
        signals.add(entry);
        ThreadState ts = state;
        Thread t = thread;
        if (ts == null || t == null) {
            return;
        }
        new Raiser(ts, this::runSignalHandlers).arm();
        if (waiting) {
            LockSupport.unpark(t);
        } else {
            runIfBlocked(entry, ts);
        }
    }

    /**
     * A main thread that runs Python code meets the handler at its next line, at once. One that
     * does not for {@link #BLOCKED_GRACE_MS} waits in Java (a read of a pipe or socket, a lock),
     * where CPython's would be interrupted (EINTR), run the handler, and read on: the handler
     * runs here then, on this thread, with the frame the main thread waits in. What it raises is
     * raised in the main thread when its code next runs.
     */
    private void runIfBlocked(PyObject[] entry, ThreadState ts) {
        Thread.ofVirtual().name("pyhost-jython-signal").start(() -> {
            try {
                Thread.sleep(BLOCKED_GRACE_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (!signals.remove(entry)) {
                return; // the main thread ran it
            }
            PySystemState sys = ts.getSystemState();
            PySystemState previous = Py.setSystemState(sys);
            try {
                PyFrame frame = ts.frame;
                entry[0].__call__(entry[1], frame == null ? Py.None : frame);
            } catch (PyException e) {
                raised.add(e);
                new Raiser(ts, this::runSignalHandlers).arm();
            } finally {
                Py.setSystemState(previous);
            }
        });
    }

    /** Runs the handlers of the signals that arrived, in the calling (main) thread; true if any ran. */
    private boolean runSignalHandlers(PyFrame frame) {
        PyException e = raised.poll();
        if (e != null) {
            throw e;
        }
        boolean ran = false;
        for (PyObject[] s; (s = signals.poll()) != null; ) {
            ran = true;
            s[0].__call__(s[1], frame == null ? Py.None : frame);
        }
        return ran;
    }

    /**
     * {@code time.sleep(seconds)}. In the main thread a signal with a Python handler ends it
     * early, after the handler ran (what the handler raises leaves from here), as CPython 2's
     * sleep returns when a signal interrupts it; Ctrl-C raises {@code KeyboardInterrupt}.
     */
    void sleep(double seconds) {
        if (Thread.currentThread() != thread) {
            org.python.modules.time.Time.sleep(seconds);
            return;
        }
        if (seconds == 0) {
            Thread.yield();
            return;
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        waitFor(deadline, false);
    }

    /**
     * {@code signal.pause()}, called from the glue's Python function: waits in the main thread
     * until a signal's handler has run, which sees the frame that called the glue.
     */
    void pause() {
        waitFor(Long.MAX_VALUE, true);
    }

    private void waitFor(long deadline, boolean fromGlue) {
        waiting = true;
        try {
            while (true) {
                if (Thread.interrupted()) {
                    throw Py.KeyboardInterrupt("interrupted sleep");
                }
                if (!signals.isEmpty() || !raised.isEmpty()) {
                    ThreadState ts = state;
                    PyFrame frame = ts == null ? null : ts.frame;
                    runSignalHandlers(fromGlue && frame != null ? frame.f_back : frame);
                    return;
                }
                long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
            }
        } finally {
            waiting = false;
        }
    }

    /**
     * Interrupts the thread only while it waits (sleep, lock, queue, select): a Java interrupt
     * that lands while it writes to an NIO channel closes that channel
     * ({@code ClosedByInterruptException}), losing the script's stdout. Busy code is left to the
     * raiser; a thread that stays neither waiting nor traced is interrupted after a few seconds.
     */
    private static void wakeWhenBlocked(Thread t, Raiser raiser) {
        Thread.ofVirtual().name("pyhost-jython-interrupt").start(() -> {
            for (int i = 0; i < 250; i++) {
                if (raiser.fired()) {
                    return;
                }
                Thread.State s = t.getState();
                if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING) {
                    t.interrupt();
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (!raiser.fired()) {
                t.interrupt();
            }
        });
    }

    /** What a {@link Raiser} does at the main thread's next event: may raise. */
    private interface MainThreadAction {
        void run(PyFrame frame);
    }

    /**
     * Acts once, at the first line, call, return or exception event, after putting the previous
     * trace functions back: raises KeyboardInterrupt, or runs the signal handlers due.
     */
    private static final class Raiser extends TraceFunction {
        private final ThreadState ts;
        private final MainThreadAction action;
        private final Map<PyFrame, TraceFunction> previous = new IdentityHashMap<>();
        private TraceFunction previousThreadTrace;
        private boolean fired;

        Raiser(ThreadState ts, MainThreadAction action) {
            this.ts = ts;
            this.action = action;
        }

        synchronized void arm() {
            previousThreadTrace = ts.tracefunc;
            for (PyFrame f = ts.frame; f != null; f = f.f_back) {
                previous.put(f, f.tracefunc);
                f.tracefunc = this;
            }
            ts.tracefunc = this;
        }

        synchronized boolean fired() {
            return fired;
        }

        private synchronized boolean fire() {
            if (!fired) {
                fired = true;
                previous.forEach((f, tf) -> {
                    if (f.tracefunc == this) {
                        f.tracefunc = tf;
                    }
                });
                if (ts.tracefunc == this) {
                    ts.tracefunc = previousThreadTrace;
                }
                return true;
            }
            return false;
        }

        private TraceFunction raiseNow(PyFrame frame) {
            if (fire()) {
                action.run(frame);
            }
            return null;
        }

        @Override
        public TraceFunction traceCall(PyFrame frame) {
            return raiseNow(frame);
        }

        @Override
        public TraceFunction traceReturn(PyFrame frame, PyObject ret) {
            return raiseNow(frame);
        }

        @Override
        public TraceFunction traceLine(PyFrame frame, int line) {
            return raiseNow(frame);
        }

        @Override
        public TraceFunction traceException(PyFrame frame, PyException exc) {
            return raiseNow(frame);
        }
    }
}
