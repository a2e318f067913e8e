package dev.pyhost.engine.jython;

import dev.pyhost.PythonObject;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyByteArray;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PySet;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PyTuple;
import org.python.core.PyUnicode;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python values to Java values and back, by the table in {@code PyHost#eval}. */
final class JythonValues {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JythonValues() {
    }

    static Object toJava(PyObject o) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyBoolean b) {
            return b.getBooleanValue();
        }
        if (o instanceof PyInteger i) {
            return (long) i.getValue();
        }
        if (o instanceof PyLong l) {
            BigInteger v = l.getValue();
            return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? (Object) v.longValue() : v;
        }
        if (o instanceof PyFloat f) {
            return f.getValue();
        }
        if (o instanceof PyUnicode || o instanceof PyString) {
            return text(o);
        }
        if (o instanceof PyByteArray ba) {
            return ba.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (o instanceof PyTuple || o instanceof PyList) {
            List<Object> out = new ArrayList<>();
            for (PyObject item : ((PySequenceList) o).getArray()) {
                out.add(toJava(item));
            }
            return Collections.unmodifiableList(out);
        }
        if (o instanceof PyDictionary || o instanceof PyStringMap) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (PyObject key : o.asIterable()) {
                out.put(toJava(key), toJava(o.__getitem__(key)));
            }
            return Collections.unmodifiableMap(out);
        }
        if (o instanceof PySet s) {
            Set<Object> out = new LinkedHashSet<>();
            for (PyObject item : s.asIterable()) {
                out.add(toJava(item));
            }
            return Collections.unmodifiableSet(out);
        }
        Object java = o.__tojava__(Object.class);
        if (java != Py.NoConversion && !(java instanceof PyObject)) {
            return java;
        }
        return new PythonObject(o.getType().fastGetName(), text(o.__repr__()));
    }

    static PyObject toPython(Object value) {
        return Py.java2py(value);
    }

    /**
     * A Python string as Java text: unicode as is; a Python 2 byte string as UTF-8 when it is
     * valid UTF-8 (what a UTF-8 script's literals hold), else byte for byte.
     */
    static String text(PyObject o) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyUnicode u) {
            return u.getString();
        }
        if (o instanceof PyString s) {
            String raw = s.getString();
            byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return raw;
            }
        }
        return o.toString();
    }
}
