package dev.pyhost.engine.jython;

import org.python.core.BufferProtocol;
import org.python.core.Py;
import org.python.core.Py2kBuffer;
import org.python.core.PyArray;
import org.python.core.PyBuiltinMethodNarrow;
import org.python.core.PyException;
import org.python.core.PyFile;
import org.python.core.PyList;
import org.python.core.PyNewWrapper;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;
import org.python.core.PyType;
import org.python.core.PyUnicode;

import java.nio.ByteOrder;
import java.util.Map;

/**
 * {@code array.array}'s bytes in the machine's order, as CPython's: Jython wrote and read them
 * big-endian (Java's data streams), so on x86 {@code array('i', [1]).tostring()} gave
 * {@code '\x00\x00\x00\x01'} where CPython gives {@code '\x01\x00\x00\x00'}, and a file of numbers
 * written by a C program or by CPython read back as other numbers. The array methods that take or
 * give bytes ({@code tostring}, {@code fromstring}, {@code tofile}, {@code fromfile}, a string
 * given to the constructor) swap each item's bytes around Jython's own methods; {@code __reduce__}
 * gives the list of items, as CPython 2.7's does, instead of bytes; {@code buffer(a)} and
 * {@code file.write(a)} (and {@code writelines}) take the bytes in the machine's order too. What else reads an array's
 * bytes inside the engine (its buffer interface, as {@code bytearray(a)} does) still reads them
 * big-endian.
 */
final class ArrayByteOrder {
    static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** The item sizes of the typecodes whose items have more than one byte (CPython's on 64-bit Linux). */
    private static final Map<Character, Integer> SIZES = Map.of(
            'h', 2, 'H', 2, 'i', 4, 'I', 4, 'l', 8, 'L', 8, 'f', 4, 'd', 8, 'u', 4);

    private ArrayByteOrder() {
    }

    static void apply() {
        PyType array = PyType.fromClass(PyArray.class);
        PyObject dict = array.fastGetDict();
        if (!LITTLE || dict.__finditem__("tostring") instanceof ToString) {
            return;
        }
        PyObject engineToString = dict.__finditem__("tostring");
        PyObject engineFromString = dict.__finditem__("fromstring");
        PyObject engineToFile = dict.__finditem__("tofile");
        PyObject engineFromFile = dict.__finditem__("fromfile");
        dict.__setitem__("tostring", new ToString(engineToString).makeDescriptor(array));
        dict.__setitem__("fromstring", new FromString(engineFromString).makeDescriptor(array));
        dict.__setitem__("tofile", new ToFile(engineToString, engineToFile).makeDescriptor(array));
        dict.__setitem__("fromfile", new FromFile(engineFromString, engineFromFile).makeDescriptor(array));
        dict.__setitem__("__reduce__", new Reduce("__reduce__", 0).makeDescriptor(array));
        dict.__setitem__("__reduce_ex__", new Reduce("__reduce_ex__", 1).makeDescriptor(array));
        if (dict.__finditem__("__new__") instanceof PyNewWrapper engineNew) {
            dict.__setitem__("__new__", new New(array, engineNew));
        }
        BuiltinTypeFixes.forgetCachedLookups(array);
        PyType buffer = PyType.fromClass(Py2kBuffer.class);
        if (buffer.fastGetDict().__finditem__("__new__") instanceof PyNewWrapper engineNew) {
            buffer.fastGetDict().__setitem__("__new__", new BufferOfArray(buffer, engineNew));
            BuiltinTypeFixes.forgetCachedLookups(buffer);
        }
        PyType file = PyType.fromClass(PyFile.class);
        PyObject engineWrite = file.fastGetDict().__finditem__("write");
        PyObject engineWriteLines = file.fastGetDict().__finditem__("writelines");
        file.fastGetDict().__setitem__("write", new FileWrite(engineWrite).makeDescriptor(file));
        file.fastGetDict().__setitem__("writelines", new FileWriteLines(engineWriteLines).makeDescriptor(file));
        BuiltinTypeFixes.forgetCachedLookups(file);
    }

    /** The bytes of items of {@code size} bytes each, each item's bytes in the other order. */
    static String swapped(String bytes, int size) {
        if (size <= 1 || bytes.length() % size != 0) {
            return bytes;
        }
        char[] out = new char[bytes.length()];
        for (int item = 0; item < out.length; item += size) {
            for (int b = 0; b < size; b++) {
                out[item + b] = bytes.charAt(item + size - 1 - b);
            }
        }
        return new String(out);
    }

    /** An array's bytes in the machine's order, as CPython's buffer of it holds them. */
    private static PyString bytesOfArray(PyArray array) {
        return Py.newString(swapped(array.tostring(), itemSize(array)));
    }

    private static int itemSize(PyObject array) {
        return array.__getattr__("itemsize").asInt();
    }

    private static PyObject call(PyObject engineMethod, PyObject self, PyObject... args) {
        return engineMethod.__get__(self, self.getType()).__call__(args);
    }

    /** The bytes a method given {@code data} is to read: a str's, or a buffer's (which CPython takes too). */
    private static String bytesOf(PyObject data) {
        if (data instanceof PyString s && !(data instanceof PyUnicode)) {
            return s.getString();
        }
        if (data instanceof PyArray array) {
            return bytesOfArray(array).getString();  // its bytes, as CPython reads another array's
        }
        String type = data.getType().fastGetName();
        return type.equals("buffer") || type.equals("memoryview") ? data.__str__().getString() : null;
    }

    static final class ToString extends PyBuiltinMethodNarrow {
        private final PyObject engine;

        ToString(PyObject engine) {
            super("tostring", 0, 0);
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__() {
            String bytes = call(engine, self).toString();
            return Py.newString(swapped(bytes, itemSize(self)));
        }
    }

    static final class FromString extends PyBuiltinMethodNarrow {
        private final PyObject engine;

        FromString(PyObject engine) {
            super("fromstring", 1, 1);
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__(PyObject data) {
            if (data == self) {
                throw Py.ValueError("array.fromstring(x): x cannot be self");
            }
            String bytes = bytesOf(data);
            if (bytes == null && (data instanceof PyUnicode || data instanceof BufferProtocol)) {
                return call(engine, self, data);
            }
            if (bytes == null) {
                throw Py.TypeError("fromstring() argument 1 must be string or read-only buffer, not "
                        + data.getType().fastGetName());
            }
            int size = itemSize(self);
            if (bytes.length() % size != 0) {
                throw Py.ValueError("string length not a multiple of item size");
            }
            return call(engine, self, Py.newString(swapped(bytes, size)));
        }
    }

    static final class ToFile extends PyBuiltinMethodNarrow {
        private final PyObject engineToString;
        private final PyObject engine;

        ToFile(PyObject engineToString, PyObject engine) {
            super("tofile", 1, 1);
            this.engineToString = engineToString;
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__(PyObject file) {
            if (!(file instanceof PyFile)) {
                return call(engine, self, file);  // CPython's TypeError, in the engine's words (the same)
            }
            String bytes = call(engineToString, self).toString();
            file.invoke("write", Py.newString(swapped(bytes, itemSize(self))));
            return Py.None;
        }
    }

    /** CPython 2.7's fromfile: n items read, those read kept, EOFError when there were fewer. */
    static final class FromFile extends PyBuiltinMethodNarrow {
        private final PyObject engineFromString;
        private final PyObject engine;

        FromFile(PyObject engineFromString, PyObject engine) {
            super("fromfile", 2, 2);
            this.engineFromString = engineFromString;
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__(PyObject file, PyObject count) {
            if (!(file instanceof PyFile)) {
                return call(engine, self, file, count);  // the engine's TypeError, CPython's words
            }
            long n = count.asLong();
            if (n <= 0) {
                return Py.None;
            }
            int size = itemSize(self);
            long wanted = n * size;
            PyObject read = wanted > Integer.MAX_VALUE || wanted / size != n
                    ? file.invoke("read") : file.invoke("read", Py.newInteger((int) wanted));
            String bytes = read.toString();
            int whole = bytes.length() / size * size;
            call(engineFromString, self, Py.newString(swapped(bytes.substring(0, whole), size)));
            if (whole / size < n) {
                throw Py.EOFError("not enough items in file");
            }
            return Py.None;
        }
    }

    /**
     * CPython 2.7's: (type, (typecode, list of the items), the instance's __dict__ or None), for
     * every pickle protocol ({@code __reduce_ex__} too: Jython's gave the engine's bytes).
     */
    static final class Reduce extends PyBuiltinMethodNarrow {
        Reduce(String name, int arguments) {
            super(name, arguments, arguments);
            this.doc = "Return state information for pickling.";
        }

        @Override
        public PyObject __call__(PyObject protocol) {
            return __call__();
        }

        @Override
        public PyObject __call__() {
            PyObject dict = self.__findattr__("__dict__");
            PyList items = (PyList) self.invoke("tolist");
            return new PyTuple(self.getType(), new PyTuple(self.__getattr__("typecode"), items),
                    dict == null ? Py.None : dict);
        }
    }

    /** {@code array(typecode, string)}: the string's bytes read in the machine's order. */
    static final class New extends PyNewWrapper {
        private final PyNewWrapper engine;

        New(PyType array, PyNewWrapper engine) {
            super(array, "__new__", -1, -1);
            this.engine = engine;
            this.doc = engine.getDoc();
        }

        @Override
        public PyObject new_impl(boolean init, PyType subtype, PyObject[] args, String[] keywords) {
            if (keywords.length == 0 && args.length == 2 && args[0] instanceof PyString code
                    && code.getString().length() == 1 && args[1] instanceof PyString data
                    && !(data instanceof PyUnicode)) {
                Integer size = SIZES.get(code.getString().charAt(0));
                if (size != null) {
                    args = new PyObject[] {args[0], Py.newString(swapped(data.getString(), size))};
                }
            }
            return engine.new_impl(init, subtype, args, keywords);
        }
    }

    /**
     * {@code buffer(array)}: the array's bytes in the machine's order (Jython's buffer reads the
     * engine's big-endian bytes). It holds them as they were when it was made, where CPython's
     * shows later changes to the array too.
     */
    static final class BufferOfArray extends PyNewWrapper {
        private final PyNewWrapper engine;

        BufferOfArray(PyType buffer, PyNewWrapper engine) {
            super(buffer, "__new__", -1, -1);
            this.engine = engine;
            this.doc = engine.getDoc();
        }

        @Override
        public PyObject new_impl(boolean init, PyType subtype, PyObject[] args, String[] keywords) {
            if (args.length > 0 && args.length > keywords.length && args[0] instanceof PyArray array) {
                args = args.clone();
                args[0] = bytesOfArray(array);
            }
            return engine.new_impl(init, subtype, args, keywords);
        }
    }

    /** {@code file.write(array)}: the array's bytes in the machine's order, as CPython writes them. */
    static final class FileWrite extends PyBuiltinMethodNarrow {
        private final PyObject engine;

        FileWrite(PyObject engine) {
            super("write", 0, 1);
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__() {
            throw FileModeErrors.withoutArguments(self, FileModeErrors.Need.WRITING,
                    "function takes exactly 1 argument (0 given)");
        }

        @Override
        public PyObject __call__(PyObject data) {
            try {
                if (data.getClass() == PyString.class && self instanceof PyFile file) {
                    file.write(((PyString) data).getString());  // a str, most writes: as the engine's write does
                    return Py.None;
                }
                return call(engine, self, data instanceof PyArray array ? bytesOfArray(array) : data);
            } catch (PyException e) {
                throw FileModeErrors.translated(e, self);
            }
        }
    }

    /** {@code file.writelines(items)}: arrays among them written as {@link FileWrite} writes them. */
    static final class FileWriteLines extends PyBuiltinMethodNarrow {
        private final PyObject engine;

        FileWriteLines(PyObject engine) {
            super("writelines", 1, 1);
            this.engine = engine;
            this.doc = engine.__getattr__("__doc__").toString();
        }

        @Override
        public PyObject __call__(PyObject items) {
            PyObject iterator = Py.iter(items, "writelines() requires an iterable argument");
            PyList lines = new PyList();
            for (PyObject item; (item = iterator.__iternext__()) != null; ) {
                lines.append(item instanceof PyArray array ? bytesOfArray(array) : item);
            }
            try {
                return call(engine, self, lines);
            } catch (PyException e) {
                throw FileModeErrors.translated(e, self);
            }
        }
    }
}
