package dev.pyhost.cli;

import dev.pyhost.PyHost;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** Ctrl-C: becomes {@code KeyboardInterrupt} in the running script, as in CPython. */
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
