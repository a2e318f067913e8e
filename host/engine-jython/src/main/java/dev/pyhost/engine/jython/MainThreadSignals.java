package dev.pyhost.engine.jython;

import org.python.core.PyObject;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What the {@code signal} module's glue asks of a Jython session ({@code _pyhost.jython_signals}):
 * JVM signal handlers that run a Python handler in the session's main thread, as CPython runs
 * it, and {@code signal.pause()}.
 */
public final class MainThreadSignals {
    private final JythonInterrupts interrupts;

    MainThreadSignals(JythonInterrupts interrupts) {
        this.interrupts = interrupts;
    }

    /** The JVM handler for {@code action}, a Python callable. */
    public SignalHandler handler(PyObject action) {
        return new OnMainThread(action, interrupts);
    }

    /** The Python callable behind a handler {@link #handler} made, else null. */
    public PyObject actionOf(Object handler) {
        return handler instanceof OnMainThread h ? h.action : null;
    }

    /** Waits until a signal's handler has run in the main thread. */
    public void pause() {
        interrupts.pause();
    }

    private record OnMainThread(PyObject action, JythonInterrupts interrupts) implements SignalHandler {
        @Override
        public void handle(Signal sig) {
            interrupts.deliver(action, sig.getNumber());
        }
    }
}
