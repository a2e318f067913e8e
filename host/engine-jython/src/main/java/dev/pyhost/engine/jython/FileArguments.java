package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyByteArray;
import org.python.core.PyFloat;
import org.python.core.PyNewWrapper;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyType;

/**
 * {@code file(name[, mode[, buffering]])} and so {@code open()}: the arguments checked as CPython
 * 2.7's file type checks them ({@code "et|si:file"}), with its messages. Jython cast the name to
 * a string without looking: {@code open(None)}, a missing setting's value passed on, printed a Java
 * ClassCastException and its stack on the terminal where CPython raises {@code TypeError: coercing
 * to Unicode: need string or buffer, NoneType found}. Installed as the file type's {@code __new__}
 * in front of Jython's, which then does the rest.
 */
final class FileArguments extends PyNewWrapper {
    private static final String[] NAMES = {"name", "mode", "buffering"};

    private final PyNewWrapper engine;

    FileArguments(PyType file, PyNewWrapper engine) {
        super(file, "__new__", -1, -1);
        this.engine = engine;
        this.doc = engine.getDoc();
    }

    @Override
    public PyObject new_impl(boolean init, PyType subtype, PyObject[] args, String[] keywords) {
        if (!init || !initialisedAsFile(subtype)) {
            return engine.new_impl(init, subtype, args, keywords);
        }
        check(args, keywords);
        return engine.new_impl(init, subtype, withBufferAsString(args, keywords), keywords);
    }

    /**
     * Whether the arguments go to file's own {@code __init__}, as CPython's checks them: not for
     * {@code file.__new__(cls)} alone (copy and pickle make files so, with no arguments), nor for
     * a subclass whose own {@code __init__} takes other arguments.
     */
    private boolean initialisedAsFile(PyType subtype) {
        return subtype == for_type || subtype.lookup("__init__") == for_type.lookup("__init__");
    }

    /** A name given as a buffer, which Jython's file cannot take, as the string of its bytes. */
    private static PyObject[] withBufferAsString(PyObject[] args, String[] keywords) {
        int positional = args.length - keywords.length;
        int keyword = java.util.Arrays.asList(keywords).indexOf(NAMES[0]);
        int at = positional > 0 ? 0 : keyword < 0 ? -1 : positional + keyword;
        if (at < 0 || !isBuffer(args[at])) {
            return args;
        }
        PyObject[] copy = args.clone();
        copy[at] = args[at].__str__();
        return copy;
    }

    /**
     * Raises CPython's TypeError for arguments its file type refuses, in the order CPython checks
     * them (the count, a name given twice, each argument, then unknown names); Jython's own checks
     * do the rest.
     */
    static void check(PyObject[] args, String[] keywords) {
        if (args.length > NAMES.length) {
            throw Py.TypeError(String.format("file() takes at most 3 arguments (%d given)", args.length));
        }
        int positional = args.length - keywords.length;
        PyObject[] given = new PyObject[NAMES.length];
        System.arraycopy(args, 0, given, 0, positional);
        String unknown = null;
        for (int k = 0; k < keywords.length; k++) {
            int at = indexOf(keywords[k]);
            if (at >= 0 && at < positional) {
                throw Py.TypeError(String.format("Argument given by name ('%s') and position (%d)", keywords[k], at + 1));
            }
            if (at < 0) {
                unknown = unknown == null ? keywords[k] : unknown;
            } else {
                given[at] = args[positional + k];
            }
        }
        PyObject name = given[0];
        if (name == null) {
            throw Py.TypeError("Required argument 'name' (pos 1) not found");
        }
        if (name instanceof PyByteArray) {
            throw Py.TypeError("decoding bytearray is not supported");
        }
        if (!(name instanceof PyString) && !isBuffer(name)) {
            throw Py.TypeError(String.format("coercing to Unicode: need string or buffer, %s found", typeName(name)));
        }
        if (name instanceof PyString s && s.getString().indexOf('\0') >= 0) {
            throw Py.TypeError(String.format("file() argument 1 must be encoded string without null bytes, not %s",
                    typeName(name)));
        }
        PyObject mode = given[1];
        if (mode != null && !(mode instanceof PyString)) {
            throw Py.TypeError(String.format("file() argument 2 must be string, not %s",
                    mode == Py.None ? "None" : typeName(mode)));
        }
        if (given[2] instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        if (unknown != null) {
            throw Py.TypeError(String.format("'%s' is an invalid keyword argument for this function", unknown));
        }
        if (mode != null) {
            checkMode(((PyString) mode).getString());
        }
    }

    /** The mode checks of CPython 2's fileobject.c, in its words. */
    private static void checkMode(String mode) {
        if (mode.isEmpty()) {
            throw Py.ValueError("empty mode string");
        }
        int u = mode.indexOf('U');
        if (u >= 0) {
            String rest = mode.substring(0, u) + mode.substring(u + 1);
            if (rest.startsWith("w") || rest.startsWith("a")) {
                throw Py.ValueError("universal newline mode can only be used with modes starting with 'r'");
            }
        } else if ("rwa".indexOf(mode.charAt(0)) < 0) {
            String shown = mode.length() > 200 ? mode.substring(0, 200) : mode;
            throw Py.ValueError("mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + shown + "'");
        }
    }

    private static int indexOf(String keyword) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** Python 2's buffer objects, which CPython takes as a name (Jython then decides). */
    private static boolean isBuffer(PyObject o) {
        return o.getType().fastGetName().equals("buffer");
    }

    private static String typeName(PyObject o) {
        return o.getType().fastGetName();
    }
}
