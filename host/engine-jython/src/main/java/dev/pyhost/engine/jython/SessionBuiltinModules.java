package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.core.imp;

/**
 * Gives a session module objects of its own for Jython's Java-typed built-in modules that
 * programs patch. Jython's {@code time} and {@code thread} are Java classes, one type object
 * for every interpreter in the JVM: {@code time.sleep = f} (gevent's and eventlet's monkey
 * patching, {@code mock.patch('time.sleep')}) would change it for every other session too. A
 * plain module holding the same functions, put in the session's {@code sys.modules} before any
 * script runs, keeps such patches to the session that made them, as a process does on CPython.
 * The hottest of their functions are built-ins there ({@link FastBuiltins}).
 */
final class SessionBuiltinModules {
    /** The Java-typed modules monkey patching reaches (gevent, eventlet: time, and thread for locks). */
    private static final String[] PATCHED = {"time", "thread"};

    private SessionBuiltinModules() {
    }

    /** Replaces the shared type objects in {@code sys.modules} of {@code sys} by per-session modules. */
    static void install(PySystemState sys, JythonInterrupts interrupts) {
        PySystemState previous = Py.setSystemState(sys);
        try {
            for (String name : PATCHED) {
                PyObject shared = imp.importName(name, true);
                sys.modules.__setitem__(name, copyOf(name, shared, interrupts));
            }
        } finally {
            Py.setSystemState(previous);
        }
    }

    /** A module with the type's own names (not java.lang.Object's), each read as the type gives it. */
    private static PyModule copyOf(String name, PyObject shared, JythonInterrupts interrupts) {
        PyStringMap dict = new PyStringMap();
        for (PyObject key : shared.fastGetDict().asIterable()) {
            String k = key.toString();
            if (k.equals("classDictInit") || k.equals("__init__")) {
                continue; // the Java class's set-up, no module attribute on CPython
            }
            PyObject value = shared.__findattr__(k);
            if (value != null) {
                dict.__setitem__(k, value);
            }
        }
        dict.__setitem__("__name__", Py.newString(name));
        FastBuiltins.replaceIn(name, dict, interrupts);
        return new PyModule(name, dict);
    }
}
