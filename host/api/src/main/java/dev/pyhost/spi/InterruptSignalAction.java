package dev.pyhost.spi;

/**
 * Marks a JVM SIGINT handler that raises {@code KeyboardInterrupt} in the running script (the
 * command line's Ctrl-C handler). An engine's {@code signal.getsignal(SIGINT)} answers
 * {@code signal.default_int_handler} for it, as CPython does before a script takes SIGINT, and
 * {@code signal.signal(SIGINT, default_int_handler)} puts it back.
 */
public interface InterruptSignalAction {
}
