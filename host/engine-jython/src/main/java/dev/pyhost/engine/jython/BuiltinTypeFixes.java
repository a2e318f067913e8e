package dev.pyhost.engine.jython;

import org.python.core.PyDictionary;
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
    }

    /** Jython caches attribute lookups per type version; a type's dictionary edited directly
     * keeps its version, so the version is moved on as a setattr on the type would. */
    private static void forgetCachedLookups(PyType type) {
        try {
            Method invalidate = PyType.class.getDeclaredMethod("invalidateMethodCache");
            invalidate.setAccessible(true);
            invalidate.invoke(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // nothing looked the entry up yet at start-up: the cache holds none of it
        }
    }
}
