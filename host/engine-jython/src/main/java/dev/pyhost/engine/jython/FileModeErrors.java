package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyBuiltinMethodNarrow;
import org.python.core.PyException;
import org.python.core.PyFile;
import org.python.core.PyObject;
import org.python.core.PyType;

/**
 * CPython 2.7's IOError for a file used against its mode: writing to a file opened for reading
 * raises {@code IOError('File not open for writing')}, reading one opened for writing
 * {@code IOError('File not open for reading')}. Jython's file layer answered both with
 * {@code [Errno 9] Bad file descriptor}.
 *
 * <p>As in CPython, the mode is checked before the call (read: {@code r}, {@code U} or
 * {@code +}; write: {@code w}, {@code a} or {@code +}), after the check for a closed file.
 * Jython's own answers varied: EBADF, "BufferedWriter.readinto() not supported", or none at all
 * for {@code readline(1)}. {@code write} and {@code writelines} keep their fast path and have an
 * IOError translated instead. Covered: {@code write}, {@code writelines}, {@code truncate},
 * {@code read}, {@code readline}, {@code readlines}, {@code readinto} and {@code next}; with
 * {@code seek}, those that need an argument check the file before they miss it, as CPython
 * (a closed file's ValueError, not Jython's TypeError). A {@code for} loop over the file, which
 * reads through the engine's own iteration, checks the mode too: the build has
 * {@code PyFile.file___iternext__} call {@link #beforeIteration} first.
 */
public final class FileModeErrors {
    private FileModeErrors() {
    }

    /** What a method needs the file's mode to allow. */
    enum Need { READING, WRITING, NOTHING }

    static void apply() {
        PyType file = PyType.fromClass(PyFile.class);
        wrap(file, "truncate", 1, Need.WRITING, null);
        wrap(file, "read", 1, Need.READING, null);
        wrap(file, "readline", 1, Need.READING, null);
        wrap(file, "readlines", 1, Need.READING, null);
        wrap(file, "readinto", 1, Need.READING, "function takes exactly 1 argument (0 given)");
        wrap(file, "next", 0, Need.READING, null);
        wrap(file, "seek", 2, Need.NOTHING, "seek() takes at least 1 argument (0 given)");
        BuiltinTypeFixes.forgetCachedLookups(file);
    }

    private static void wrap(PyType file, String name, int maxArgs, Need need, String noArguments) {
        PyObject engine = file.fastGetDict().__finditem__(name);
        if (engine != null) {   // once per JVM, as the other fixes of built-in types
            file.fastGetDict().__setitem__(name,
                    new ModeChecked(name, maxArgs, engine, need, noArguments).makeDescriptor(file));
        }
    }

    /**
     * {@code e} as CPython 2.7 raises it from a write to {@code self}: its mode error where the
     * file's mode does not allow writing, else {@code e} itself.
     */
    static PyException translated(PyException e, PyObject self) {
        if (self instanceof PyFile file && !allows(file, Need.WRITING) && e.match(Py.IOError)) {
            return modeError(Need.WRITING);
        }
        return e;
    }

    /**
     * A call given all its arguments: CPython's mode error where an open {@code self} does not
     * allow it (a closed one gets the engine's ValueError from the call itself).
     */
    /** The next line of a {@code for} loop over {@code file}: CPython's IOError if it is write-only. */
    public static void beforeIteration(PyFile file) {
        check(file, Need.READING);
    }

    static void check(PyObject self, Need need) {
        if (self instanceof PyFile file && !allows(file, need) && !isClosed(file)) {
            throw modeError(need);
        }
    }

    /**
     * A call without the argument it needs: CPython checks the file first (closed, then its
     * mode), and only then raises {@code missing} as a TypeError.
     */
    static PyException withoutArguments(PyObject self, Need need, String missing) {
        if (self instanceof PyFile file) {
            if (isClosed(file)) {
                return Py.ValueError("I/O operation on closed file");
            }
            if (!allows(file, need)) {
                return modeError(need);
            }
        }
        return Py.TypeError(missing);
    }

    private static boolean isClosed(PyFile file) {
        return file.__findattr__("closed").__nonzero__();
    }

    /** Whether the mode allows the call, as CPython 2.7 reads a mode. */
    private static boolean allows(PyFile file, Need need) {
        String mode = file.mode == null ? "" : file.mode;
        return switch (need) {
            case WRITING -> mode.indexOf('w') >= 0 || mode.indexOf('a') >= 0 || mode.indexOf('+') >= 0;
            case READING -> mode.indexOf('r') >= 0 || mode.indexOf('U') >= 0 || mode.indexOf('+') >= 0;
            case NOTHING -> true;
        };
    }

    private static PyException modeError(Need need) {
        return Py.IOError(need == Need.WRITING ? "File not open for writing" : "File not open for reading");
    }

    /** A file method whose mode error is CPython's (see the class comment). */
    static final class ModeChecked extends PyBuiltinMethodNarrow {
        private final PyObject engine;
        private final Need need;
        private final String noArguments;   // the TypeError without arguments, or null where none is needed

        ModeChecked(String name, int maxArgs, PyObject engine, Need need, String noArguments) {
            super(name, 0, maxArgs);
            this.engine = engine;
            this.need = need;
            this.noArguments = noArguments;
            PyObject doc = engine.__findattr__("__doc__");
            this.doc = doc == null || doc == Py.None ? null : doc.toString();
        }

        @Override
        public PyObject __call__() {
            if (noArguments != null) {
                throw withoutArguments(self, need, noArguments);
            }
            check(self, need);
            if (self instanceof PyFile file) {   // the common calls, without a bound method each
                switch (info.getName()) {
                    case "read": return file.read();
                    case "readline": return file.readline();
                    case "next": return file.next();
                    default: break;
                }
            }
            return engine.__get__(self, self.getType()).__call__();
        }

        @Override
        public PyObject __call__(PyObject arg) {
            check(self, need);
            return engine.__get__(self, self.getType()).__call__(arg);
        }

        @Override
        public PyObject __call__(PyObject arg0, PyObject arg1) {
            check(self, need);
            return engine.__get__(self, self.getType()).__call__(arg0, arg1);
        }
    }
}
