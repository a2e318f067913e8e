package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PySystemState;
import org.python.core.PyType;

/**
 * {@code sys.byteorder}: the machine's, as CPython's. Jython said {@code 'big'} on x86, so what
 * reads it went wrong: json's NaN and Infinity, made with struct in the machine's order, came out
 * as tiny numbers, and codecs.BOM was the big-endian mark. (The UTF-16 and UTF-32 encoders, which
 * go on in this order after their first call, begin in it too: see the codecs glue.) Jython's sys
 * looks its fields up on its type before its own dictionary, so the value stays the type's:
 * assigning it is ignored (Jython's final field refused that with a Java exception).
 */
final class SysByteOrder {
    private SysByteOrder() {
    }

    static void apply() {
        PyType sys = PyType.fromClass(PySystemState.class);
        sys.fastGetDict().__setitem__("byteorder", Py.newString(ArrayByteOrder.LITTLE ? "little" : "big"));
        BuiltinTypeFixes.forgetCachedLookups(sys);
    }
}
