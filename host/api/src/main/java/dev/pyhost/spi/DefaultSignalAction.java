package dev.pyhost.spi;

/**
 * Marks a JVM signal handler that carries out the signal's default action (the command line's
 * SIGTERM and SIGHUP handlers end the process by the signal, as the default disposition does).
 * An engine's {@code signal.getsignal} answers {@code SIG_DFL} for such a handler, as CPython
 * does for a signal no script has taken.
 */
public interface DefaultSignalAction {
}
