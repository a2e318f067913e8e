package dev.pyhost.shims.signal;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.concurrent.atomic.AtomicBoolean;

/** The process's JVM signal handlers, read without losing a signal, and the signals' JVM names. */
final class ProcessSignals {
    private ProcessSignals() {
    }

    /** The JVM's name of a signal a session may be handed (Linux numbers), or null. */
    static String name(int number) {
        return switch (number) {
            case 1 -> "HUP";
            case 2 -> "INT";
            case 10 -> "USR1";
            case 12 -> "USR2";
            case 14 -> "ALRM";
            case 15 -> "TERM";
            case 17 -> "CHLD";
            case 18 -> "CONT";
            case 28 -> "WINCH";
            default -> null;
        };
    }

    /** The process's handler of {@code signal}, left in place (one arriving while looking goes to it again). */
    static SignalHandler current(Signal signal) {
        AtomicBoolean came = new AtomicBoolean();
        SignalHandler current = Signal.handle(signal, sig -> came.set(true));
        Signal.handle(signal, current);
        if (came.get()) {
            Signal.raise(signal);
        }
        return current;
    }
}
