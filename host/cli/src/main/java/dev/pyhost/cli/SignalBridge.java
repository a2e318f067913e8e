package dev.pyhost.cli;

import dev.pyhost.PyHost;
import org.jline.terminal.Terminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.function.Supplier;

/**
 * Ctrl-C: becomes {@code KeyboardInterrupt} in the running script, as in CPython; while the
 * prompt reads a line, it goes to the line editor instead.
 */
final class SignalBridge {
    private static final Signal INT = new Signal("INT");

    private SignalBridge() {
    }

    static void interruptOnCtrlC(PyHost host) {
        try {
            Signal.handle(INT, sig -> host.interrupt());
        } catch (IllegalArgumentException e) {
            // SIGINT is ignored by our parent (e.g. a background job): keep it so
        }
    }

    /** Ctrl-C does nothing to this process (a child in the same process group handles it). */
    static void ignoreCtrlC() {
        try {
            Signal.handle(INT, sig -> { });
        } catch (IllegalArgumentException e) {
            // already ignored
        }
    }

    /**
     * Reads with SIGINT handed to the terminal (the line editor forgets the line), then gives it
     * back to whoever had it (the engine's handler, or {@link #interruptOnCtrlC}), so that Ctrl-C
     * while code runs interrupts the code.
     */
    static <T> T toTerminalWhile(Terminal terminal, Supplier<T> read) {
        SignalHandler previous;
        try {
            previous = Signal.handle(INT, sig -> terminal.raise(Terminal.Signal.INT));
        } catch (IllegalArgumentException e) {
            return read.get(); // SIGINT is ignored here: leave it so
        }
        try {
            return read.get();
        } finally {
            Signal.handle(INT, previous);
        }
    }

    /**
     * Runs {@code action} and puts back the process's SIGINT handler as it was before: a system
     * terminal's {@code handle(INT, ...)} also takes the process's signal, which while code runs
     * belongs to the engine (GraalPy's own handler) or to {@link #interruptOnCtrlC}.
     */
    static void keepingHandler(Runnable action) {
        SignalHandler previous;
        try {
            previous = Signal.handle(INT, sig -> { });
        } catch (IllegalArgumentException e) {
            action.run(); // SIGINT is ignored here: nothing to keep
            return;
        }
        try {
            action.run();
        } finally {
            Signal.handle(INT, previous);
        }
    }

    /** Ends the process by SIGINT, so that a shell sees status 130 as after CPython 3. */
    static void dieOfSigint() {
        try {
            Signal.handle(INT, SignalHandler.SIG_DFL);
            Signal.raise(INT);
            Thread.sleep(1000);
        } catch (InterruptedException | IllegalArgumentException ignored) {
            // fall through to the conventional status
        }
        Runtime.getRuntime().halt(130);
    }
}
