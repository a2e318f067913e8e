package dev.pyhost.cli;

import dev.pyhost.PyHost;
import dev.pyhost.spi.DefaultSignalAction;
import dev.pyhost.spi.InterruptSignalAction;
import org.jline.terminal.Terminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.List;
import java.util.function.Supplier;

/**
 * Ctrl-C: becomes {@code KeyboardInterrupt} in the running script, as in CPython; while the
 * prompt reads a line, it goes to the line editor instead. SIGTERM and SIGHUP end the process by
 * that signal, as CPython's default dispositions do.
 */
final class SignalBridge {
    private static final Signal INT = new Signal("INT");
    private static final List<Signal> TERMINATION = List.of(new Signal("TERM"), new Signal("HUP"));

    private SignalBridge() {
    }

    static void interruptOnCtrlC(PyHost host) {
        try {
            Signal.handle(INT, new InterruptScript(host));
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

    /**
     * SIGTERM and SIGHUP end this process by that signal, as CPython's default dispositions do: a
     * parent sees -15 (a JVM would run its shutdown and exit with status 143). A script's own
     * {@code signal.signal} handler replaces this; a signal the parent left ignored (nohup) stays so.
     */
    static void dieOnTermination() {
        for (Signal s : TERMINATION) {
            try {
                Signal.handle(s, new DieOfSignal());
            } catch (IllegalArgumentException e) {
                // not ours to take: leave it as it is
            }
        }
    }

    /** SIGTERM and SIGHUP sent to this process end its child (by SIGTERM), which decides how the run ends. */
    static void forwardTermination(Runnable toChild) {
        for (Signal s : TERMINATION) {
            try {
                Signal.handle(s, sig -> toChild.run());
            } catch (IllegalArgumentException e) {
                // not ours to take: leave it as it is
            }
        }
    }

    /** The default action of SIGTERM and SIGHUP, made in Java: the process dies of the signal. */
    /** Ctrl-C as {@code KeyboardInterrupt}: what Python's {@code default_int_handler} does. */
    private record InterruptScript(PyHost host) implements SignalHandler, InterruptSignalAction {
        @Override
        public void handle(Signal sig) {
            host.interrupt();
        }
    }

    private static final class DieOfSignal implements SignalHandler, DefaultSignalAction {
        @Override
        public void handle(Signal sig) {
            dieOf(sig.getNumber());
        }
    }

    /** Ends the process by SIGINT, so that a shell sees status 130 as after CPython 3. */
    static void dieOfSigint() {
        dieOf(INT.getNumber());
    }

    /**
     * Ends the process by signal {@code number} (1, 2, 10, 12, 13, 14 or 15), with its default action, as a
     * CPython process dies of it; the conventional status 128 + number where that fails. The
     * signal is sent by {@code kill}: the JDK raises only signals it has a Java handler for, and
     * the default action needs none.
     */
    static void dieOf(int number) {
        String name = switch (number) {
            case 1 -> "HUP";
            case 2 -> "INT";
            case 10 -> "USR1";
            case 12 -> "USR2";
            case 13 -> "PIPE";
            case 14 -> "ALRM";
            case 15 -> "TERM";
            default -> null;
        };
        if (name != null) {
            try {
                Signal.handle(new Signal(name), SignalHandler.SIG_DFL);
                new ProcessBuilder("kill", "-" + name, Long.toString(ProcessHandle.current().pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
                Thread.sleep(1000);
            } catch (java.io.IOException | InterruptedException | IllegalArgumentException ignored) {
                // fall through to the conventional status
            }
        }
        Runtime.getRuntime().halt(128 + number);
    }
}
