package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyBuiltinFunctionNarrow;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Built-in functions in place of the reflected Java methods Jython's {@code time} and
 * {@code thread} modules expose for the calls event loops, locks and logging make for every
 * step: {@code time.time()} and {@code thread.get_ident()}. A reflected method is called through
 * overload matching and adapts its result by class lookups, several times the work of the call
 * itself; these return the same values (the same Java calls), as Jython's built-ins are called.
 * {@code time.sleep} is the session's own: in the main thread a signal cuts it short and runs
 * its Python handler there ({@link JythonInterrupts#sleep}).
 */
final class FastBuiltins {
    private FastBuiltins() {
    }

    /** Replaces, in the session module {@code name}'s dictionary, the functions this class has. */
    static void replaceIn(String name, PyStringMap dict, JythonInterrupts interrupts) {
        switch (name) {
            case "time" -> {
                dict.__setitem__("time", new Time());
                dict.__setitem__("sleep", new Sleep(interrupts));
            }
            case "thread" -> dict.__setitem__("get_ident", new GetIdent());
            default -> {
            }
        }
    }

    private static final class Time extends PyBuiltinFunctionNarrow {
        Time() {
            super("time", 0, 0, "time() -> floating point number\n\n"
                    + "Return the current time in seconds since the Epoch.\n"
                    + "Fractions of a second may be present if the system clock provides them.");
        }

        @Override
        public PyObject __call__() {
            return Py.newFloat(org.python.modules.time.Time.time());
        }
    }

    private static final class Sleep extends PyBuiltinFunctionNarrow {
        private final JythonInterrupts interrupts;

        Sleep(JythonInterrupts interrupts) {
            super("sleep", 1, 1, "sleep(seconds)\n\n"
                    + "Delay execution for a given number of seconds.  The argument may be\n"
                    + "a floating point number for subsecond precision.");
            this.interrupts = interrupts;
        }

        @Override
        public PyObject __call__(PyObject seconds) {
            double s = seconds.asDouble();
            if (s < 0 || Double.isNaN(s)) {
                throw Py.IOError(jnr.constants.platform.Errno.EINVAL);
            }
            interrupts.sleep(s);
            return Py.None;
        }
    }

    private static final class GetIdent extends PyBuiltinFunctionNarrow {
        GetIdent() {
            super("get_ident", 0, 0, "get_ident() -> integer\n\n"
                    + "Return a non-zero integer that uniquely identifies the current thread\n"
                    + "amongst other threads that exist simultaneously.");
        }

        @Override
        public PyObject __call__() {
            return Py.newInteger(org.python.modules.thread.thread.get_ident());
        }
    }
}
