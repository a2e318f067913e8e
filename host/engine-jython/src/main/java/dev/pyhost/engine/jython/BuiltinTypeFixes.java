package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyBaseException;
import org.python.core.PyBuiltinMethodNarrow;
import org.python.core.PyDictionary;
import org.python.core.PyFile;
import org.python.core.PyNewWrapper;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;
import org.python.core.PyType;

import java.lang.reflect.Method;

/**
 * Jython's built-in types where their attributes differ from CPython 2's in a way scripts see,
 * mended once per JVM (the types are the JVM's).
 *
 * <p>{@code dict} has a {@code __str__} of its own in Jython, where CPython's has none (str()
 * falls back to {@code __repr__}). A subclass that defines only {@code __repr__} (OrderedDict,
 * Counter, a script's own) therefore printed as a plain dict in Jython: {@code print od} gave
 * {@code {'a': 2, 'b': 1}}, unordered, where CPython prints {@code OrderedDict([('b', 1), ('a', 2)])}.
 * Without the entry, str() of a subclass reaches its {@code __repr__}; a plain dict prints as it
 * did (its Java {@code __str__} is its repr).
 *
 * <p>{@code EnvironmentError} (so {@code IOError}, {@code OSError}, {@code socket.error}) left out
 * a file name that is false ({@code ''}, {@code 0}) and the errno form for an errno of 0 or None:
 * {@code str(IOError(2, 'No such file or directory', ''))} read {@code [Errno 2] No such file or
 * directory}, where CPython 2.7 prints {@code ...: ''}. CPython 2.7 decides by whether the fields
 * were given, not by their truth: the errno form once errno and strerror were (two or three
 * arguments), the file name once it was. Here a file name counts as given when it is not None
 * (one given as None, which CPython prints, is not told apart from none).
 *
 * <p>{@code file} (and {@code open()}) checks its arguments as CPython 2.7's: see {@link FileArguments};
 * a file used against its mode raises CPython's IOError: see {@link FileModeErrors}.
 */
final class BuiltinTypeFixes {
    private BuiltinTypeFixes() {
    }

    static void apply() {
        PyType dict = PyType.fromClass(PyDictionary.class);
        if (dict.fastGetDict().__finditem__("__str__") != null) {
            dict.fastGetDict().__delitem__("__str__");
            forgetCachedLookups(dict);
        }
        if (Py.EnvironmentError instanceof PyType environmentError) {
            environmentError.fastGetDict().__setitem__("__str__", new EnvironmentErrorStr().makeDescriptor(environmentError));
            forgetCachedLookups(environmentError);
        }
        PyType file = PyType.fromClass(PyFile.class);
        if (file.fastGetDict().__finditem__("__new__") instanceof PyNewWrapper engineNew
                && !(engineNew instanceof FileArguments)) {
            file.fastGetDict().__setitem__("__new__", new FileArguments(file, engineNew));
            forgetCachedLookups(file);
        }
        SysByteOrder.apply();
        ArrayByteOrder.apply();
        FileModeErrors.apply();
    }

    /** CPython 2.7's EnvironmentError.__str__ (see the class comment). */
    static final class EnvironmentErrorStr extends PyBuiltinMethodNarrow {
        private static final PyString WITH_FILE = Py.newString("[Errno %s] %s: %s");
        private static final PyString WITHOUT_FILE = Py.newString("[Errno %s] %s");

        EnvironmentErrorStr() {
            super("__str__", 0, 0);
        }

        @Override
        public PyObject __call__() {
            PyObject e = self;
            PyObject errno = attribute(e, "errno");
            PyObject strerror = attribute(e, "strerror");
            PyObject filename = attribute(e, "filename");
            if (filename != Py.None) {
                return WITH_FILE.__mod__(new PyTuple(errno, strerror, filename.__repr__()));
            }
            PyObject args = attribute(e, "args");
            boolean given = args instanceof PyTuple t && t.size() == 2;
            if (given || errno != Py.None && strerror != Py.None) {
                return WITHOUT_FILE.__mod__(new PyTuple(errno, strerror));
            }
            return PyBaseException.TYPE.lookup("__str__").__get__(e, e.getType()).__call__();
        }

        private static PyObject attribute(PyObject o, String name) {
            PyObject v = o.__findattr__(name);
            return v == null ? Py.None : v;
        }
    }

    /** Jython caches attribute lookups per type version; a type's dictionary edited directly
     * keeps its version, so the version is moved on as a setattr on the type would. */
    static void forgetCachedLookups(PyType type) {
        try {
            Method invalidate = PyType.class.getDeclaredMethod("invalidateMethodCache");
            invalidate.setAccessible(true);
            invalidate.invoke(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // nothing looked the entry up yet at start-up: the cache holds none of it
        }
    }
}
