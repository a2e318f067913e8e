package dev.pyhost.engine.graalpy;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A context's own SIGINT handler, called directly: what a real Ctrl-C does. GraalPy queues the
 * signal and runs the Python-level handler ({@code default_int_handler}: {@code KeyboardInterrupt},
 * which the code may catch) on the main thread at its next safepoint, busy loops included,
 * without waiting for the GIL. ({@code _thread.interrupt_main()} does nothing on GraalPy 25, and
 * the polyglot context's interrupt stays in force on a thread that never leaves the context.)
 */
final class GraalPySigint {
    private static final Signal INT = new Signal("INT");
    private static final String GRAALPY_HANDLER = "com.oracle.graal.python.";

    private final SignalHandler handler;

    private GraalPySigint(SignalHandler handler) {
        this.handler = handler;
    }

    /**
     * The context's handler. As the process's main program the context installed it for the
     * process ({@code python.InstallSignalHandlers}), and it stays there; embedded, the context
     * installs one when asked ({@code installForPython}), which is taken back at once so that the
     * application keeps its own Ctrl-C. Null when SIGINT is ignored by the process.
     * <p>One context at a time: the process has one SIGINT handler, and contexts started at once
     * (multiprocessing's children and spares) would otherwise take each other's handler for
     * their own, or leave a child's installed for the process. A child that took the main
     * program's handler turned its {@code terminate()} into a Ctrl-C of the parent.
     */
    static synchronized GraalPySigint of(boolean processMain, Runnable installForPython) {
        try {
            SignalHandler before = current();
            if (processMain) {
                return before.getClass().getName().startsWith(GRAALPY_HANDLER) ? new GraalPySigint(before) : null;
            }
            installForPython.run();
            SignalHandler context = Signal.handle(INT, before);
            return context.getClass().getName().startsWith(GRAALPY_HANDLER) ? new GraalPySigint(context) : null;
        } catch (IllegalArgumentException e) {
            return null; // SIGINT is ignored by this process (a background job): nothing to deliver
        }
    }

    /** The process's handler, left in place (a Ctrl-C while looking goes to it again). */
    private static SignalHandler current() {
        AtomicBoolean came = new AtomicBoolean();
        SignalHandler current = Signal.handle(INT, sig -> came.set(true));
        Signal.handle(INT, current);
        if (came.get()) {
            Signal.raise(INT);
        }
        return current;
    }

    /** Ctrl-C, from any thread. */
    void deliver() {
        handler.handle(INT);
    }
}
