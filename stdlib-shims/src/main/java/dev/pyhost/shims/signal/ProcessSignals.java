package dev.pyhost.shims.signal;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.concurrent.atomic.AtomicBoolean;

/** The process's JVM signal handlers, read without losing a signal, and the signals' JVM names. */
final class ProcessSignals {
    private ProcessSignals() {
    }

    /** Linux's signals 1 to 31, by the names the JVM knows them by. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
        "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** The JVM's name of a signal (Linux numbers), or null. */
    static String name(int number) {
        return number > 0 && number < NAMES.length ? NAMES[number] : null;
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
