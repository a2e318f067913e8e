package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyFrame;
import org.python.core.PyObject;
import org.python.core.ThreadState;
import org.python.core.TraceFunction;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Ctrl-C for Jython: raises {@code KeyboardInterrupt} in the session's main thread, whether it
 * is blocked (the thread is interrupted) or busy in a loop (a one-shot trace function on every
 * frame of its stack raises at the next line Jython executes).
 */
final class JythonInterrupts {
    private volatile ThreadState state;
    private volatile Thread thread;
    /** An interrupt that came while no Python code ran: raised when code next starts. */
    private volatile boolean pending;

    void enter(ThreadState ts) {
        state = ts;
        thread = Thread.currentThread();
        if (pending) {
            pending = false;
            interrupt();
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
        Raiser raiser = new Raiser(ts);
        raiser.arm();
        wakeWhenBlocked(t, raiser);
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

    /** Raises once, at the first line or call event, then puts the previous trace functions back. */
    private static final class Raiser extends TraceFunction {
        private final ThreadState ts;
        private final Map<PyFrame, TraceFunction> previous = new IdentityHashMap<>();
        private TraceFunction previousThreadTrace;
        private boolean fired;

        Raiser(ThreadState ts) {
            this.ts = ts;
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

        private synchronized PyException fire() {
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
                Thread.interrupted();
                return Py.KeyboardInterrupt("");
            }
            return null;
        }

        private TraceFunction raiseNow() {
            PyException e = fire();
            if (e != null) {
                throw e;
            }
            return null;
        }

        @Override
        public TraceFunction traceCall(PyFrame frame) {
            return raiseNow();
        }

        @Override
        public TraceFunction traceReturn(PyFrame frame, PyObject ret) {
            return raiseNow();
        }

        @Override
        public TraceFunction traceLine(PyFrame frame, int line) {
            return raiseNow();
        }

        @Override
        public TraceFunction traceException(PyFrame frame, PyException exc) {
            return raiseNow();
        }
    }
}
