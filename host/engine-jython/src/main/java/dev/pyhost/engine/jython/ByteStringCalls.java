package dev.pyhost.engine.jython;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

import org.python.core.Py;
import org.python.core.PyBuiltinFunctionNarrow;
import org.python.core.PyList;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyUnicode;

/**
 * Bytes from the Java cores as Python 2 {@code str}, without the detours Jython takes on its own.
 * A Java {@code String} returned to Python becomes {@code unicode}, and turning that into
 * {@code str} scans and copies it again (about 5 ns a byte together, where CPython reads a pipe
 * at about 1 ns a byte). A {@code byte[]} reaches Python wrapped, not copied; {@code str_of}
 * makes it a {@code str} with one copy, and no check that each char fits a byte, since a byte
 * always does.
 * <ul>
 * <li>{@code str_of(data)}: {@code data} a Java {@code byte[]} (as a core returns it), a
 * {@code str}, or a {@code unicode} of one char per byte (a Java {@code String} a core
 * returned); the bytes as {@code str}. The last shares the text, uncopied; a char past
 * {@code \xff} fails as {@code data.encode('latin-1')} does.
 * <li>{@code lines_of(data)}: a Java {@code byte[]} cut after each {@code \n} into {@code str}
 * lines, as a list from the last line to the first (a reader pops them in order).
 * <li>{@code adopt_str(data)}: a Java {@code byte[]} that no one changes afterwards (a core's
 * finished output) as {@code str}, with no copy where {@code java.lang} is open to pyhost (the
 * launcher opens it): the {@code str} keeps the array. Tens of megabytes of a child's output then
 * take one array fewer, memory the JVM would often touch for the first time (slow on these
 * machines). Elsewhere, one copy as {@code str_of}.
 * </ul>
 */
final class ByteStringCalls {
    private ByteStringCalls() {
    }

    /** Jython's own maker of a {@code str} it knows holds bytes (package-private), or null. */
    private static final MethodHandle NEW_BYTES = newBytes();

    private static MethodHandle newBytes() {
        try {
            return MethodHandles.privateLookupIn(Py.class, MethodHandles.lookup())
                    .findStatic(Py.class, "newBytes", MethodType.methodType(PyString.class, String.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another Jython: the checked public path below
        }
    }

    /** {@code String(byte[] value, byte coder)}, which keeps the array, for LATIN1 strings; or null. */
    private static final MethodHandle ADOPT_LATIN1 = adoptLatin1();

    private static MethodHandle adoptLatin1() {
        try {
            MethodHandles.Lookup strings = MethodHandles.privateLookupIn(String.class, MethodHandles.lookup());
            if (!(boolean) strings.findStaticGetter(String.class, "COMPACT_STRINGS", boolean.class).invokeExact()) {
                return null; // -XX:-CompactStrings: no LATIN1 strings to share an array with
            }
            byte latin1 = (byte) strings.findStaticGetter(String.class, "LATIN1", byte.class).invokeExact();
            MethodHandle make = strings.findConstructor(String.class,
                    MethodType.methodType(void.class, byte[].class, byte.class));
            return MethodHandles.insertArguments(make, 1, latin1);
        } catch (Throwable e) {
            return null; // java.lang not open to this module, or another JDK's String
        }
    }

    /** The module object holding the functions, for {@code _pyhost.jython_bytes}. */
    static PyModule module() {
        PyStringMap dict = new PyStringMap();
        dict.__setitem__("__name__", Py.newString("_pyhost_jython_bytes"));
        dict.__setitem__("str_of", new StrOf());
        dict.__setitem__("lines_of", new LinesOf());
        dict.__setitem__("adopt_str", new AdoptStr());
        return new PyModule("_pyhost_jython_bytes", dict);
    }

    /** {@code bytes} (ISO-8859-1 text of them) as {@code str}. */
    static PyString strOf(byte[] bytes) {
        return strOf(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** {@code text}, one char per byte, as {@code str}. */
    private static PyString strOf(String text) {
        if (NEW_BYTES != null) {
            try {
                return (PyString) NEW_BYTES.invokeExact(text);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return Py.newString(text);
    }

    private static final class StrOf extends PyBuiltinFunctionNarrow {
        StrOf() {
            super("str_of", 1, 1, "str_of(data): a Java byte[] as str");
        }

        @Override
        public PyObject __call__(PyObject data) {
            if (data.getType() == PyString.TYPE) {
                return data;
            }
            if (data instanceof PyUnicode u) {
                String text = u.getString();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) > 0xff) {
                        return data.invoke("encode", Py.newString("latin-1"));
                    }
                }
                return strOf(text);
            }
            Object bytes = data.__tojava__(byte[].class);
            if (bytes instanceof byte[] b) {
                return strOf(b);
            }
            throw Py.TypeError("str_of() argument must be a Java byte[] or str, not " + data.getType().fastGetName());
        }
    }

    private static final class AdoptStr extends PyBuiltinFunctionNarrow {
        AdoptStr() {
            super("adopt_str", 1, 1, "adopt_str(data): a Java byte[] no one changes afterwards as str, sharing it");
        }

        @Override
        public PyObject __call__(PyObject data) {
            if (!(data.__tojava__(byte[].class) instanceof byte[] bytes)) {
                throw Py.TypeError("adopt_str() argument must be a Java byte[], not " + data.getType().fastGetName());
            }
            if (ADOPT_LATIN1 == null) {
                return strOf(bytes);
            }
            try {
                return strOf((String) ADOPT_LATIN1.invokeExact(bytes));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class LinesOf extends PyBuiltinFunctionNarrow {
        LinesOf() {
            super("lines_of", 1, 1, "lines_of(data): a Java byte[] as str lines, last first");
        }

        @Override
        public PyObject __call__(PyObject data) {
            if (!(data.__tojava__(byte[].class) instanceof byte[] bytes)) {
                throw Py.TypeError("lines_of() argument must be a Java byte[], not " + data.getType().fastGetName());
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            java.util.ArrayList<PyObject> lines = new java.util.ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int stop = nl < 0 ? text.length() : nl + 1;
                lines.add(strOf(text.substring(start, stop)));
                start = stop;
            }
            java.util.Collections.reverse(lines);
            return new PyList(lines.toArray(new PyObject[0]));
        }
    }
}
