package dev.pyhost.engine.graalpy;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A context's own SIGINT handler, called directly: what a real Ctrl-C does. GraalPy queues the
 * signal and runs the Python-level handler ({@code default_int_handler}: {@code KeyboardInterrupt},
 * which the code may catch) on the main thread at its next safepoint, busy loops included,
 * without waiting for the GIL. ({@code _thread.interrupt_main()} does nothing on GraalPy 25, and
 * the polyglot context's interrupt stays in force on a thread that never leaves the context.)
 */
final class GraalPySigint {
    private static final Signal INT = new Signal("INT");
    /**
     * Where the process ignores SIGINT, the JVM installs no handler for it, GraalPy's included:
     * the context's handler is then had through this signal, which neither the JVM nor pyhost
     * uses, and which is given back at once.
     */
    private static final Signal SPARE = new Signal("USR1");
    private static final String GRAALPY_HANDLER = "com.oracle.graal.python.";
    /**
     * GraalPy's own {@code signal.signal}: in a session that shares its process, the module's
     * (pyhost's) keeps the script's handlers to the session and gives the JVM's back at once.
     */
    private static final String ENGINES_SIGNAL = "getattr(signal, '_pyhost_engine_signal', signal.signal)";

    private final SignalHandler handler;

    private GraalPySigint(SignalHandler handler) {
        this.handler = handler;
    }

    /**
     * The context's handler. As the process's main program the context installed it for the
     * process ({@code python.InstallSignalHandlers}), and it stays there; embedded, the context
     * installs one when asked ({@code python} runs code in it), which is taken back at once so
     * that the application keeps its own Ctrl-C. Where the process ignores SIGINT (a background
     * job, or a JVM started by one), it stays ignored, as CPython leaves it, and the handler is
     * had through {@link #SPARE}: {@link #deliver} then still raises KeyboardInterrupt in the code
     * (the embedding API's interrupt, a daemon client's Ctrl-C). Null when neither could be had.
     * <p>One context at a time: the process has one SIGINT handler, and contexts started at once
     * (multiprocessing's children and spares) would otherwise take each other's handler for
     * their own, or leave a child's installed for the process. A child that took the main
     * program's handler turned its {@code terminate()} into a Ctrl-C of the parent.
     */
    static synchronized GraalPySigint of(boolean processMain, Consumer<String> python) {
        try {
            SignalHandler before = current(INT);
            if (before == SignalHandler.SIG_IGN) {
                return throughSpare(python);
            }
            if (processMain) {
                return isGraalPys(before) ? new GraalPySigint(before) : null;
            }
            python.accept(install("SIGINT"));
            SignalHandler context = Signal.handle(INT, before);
            return isGraalPys(context) ? new GraalPySigint(context) : null;
        } catch (IllegalArgumentException e) {
            return null; // the JVM keeps the signal for itself (-Xrs)
        }
    }

    private static GraalPySigint throughSpare(Consumer<String> python) {
        SignalHandler before = current(SPARE);
        if (before != SignalHandler.SIG_DFL) {
            return null; // the application uses it: not to be touched
        }
        python.accept(install("SIGUSR1"));
        SignalHandler context = Signal.handle(SPARE, SignalHandler.SIG_DFL);
        // the signal module forgets it again (its handler object keeps default_int_handler)
        python.accept("import signal\n" + ENGINES_SIGNAL + "(signal.SIGUSR1, signal.SIG_DFL)\ndel signal");
        return isGraalPys(context) ? new GraalPySigint(context) : null;
    }

    private static String install(String signal) {
        return "import signal\n" + ENGINES_SIGNAL + "(signal." + signal + ", signal.default_int_handler)\ndel signal";
    }

    private static boolean isGraalPys(SignalHandler h) {
        return h.getClass().getName().startsWith(GRAALPY_HANDLER);
    }

    /** The process's handler of {@code signal}, left in place (one arriving while looking goes to it again). */
    private static SignalHandler current(Signal signal) {
        AtomicBoolean came = new AtomicBoolean();
        SignalHandler current = Signal.handle(signal, sig -> came.set(true));
        Signal.handle(signal, current);
        if (came.get()) {
            Signal.raise(signal);
        }
        return current;
    }

    /** Ctrl-C, from any thread. */
    void deliver() {
        handler.handle(INT);
    }
}
