package dev.pyhost.engine.jython;

import org.python.core.BaseSet;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyObject;
import org.python.core.PySet;
import org.python.core.PyType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;

/**
 * The set operations whose result CPython 2.7 builds its own way, so that the result's slots, and
 * the order it iterates in, are CPython's (see {@link CPython2Set}): intersection walks the smaller
 * set into a new one, difference walks the set into a new one (or copies it and removes, against
 * an iterable that is not a set), symmetric difference copies the other and toggles each key of
 * this one, {@code difference_update} rebuilds a table left a fifth dummies, and an update with a
 * dict resizes once ahead. Union and
 * copy are merges, which the storage does as CPython does. The distribution's build has Jython's
 * {@code BaseSet} and {@code PySet} methods call these (see {@code dev.pyhost.cli.dist.CPythonSetOrder}).
 */
public final class CPython2SetOps {
    private static final MethodHandle NEW_EMPTY;
    private static final MethodHandle NEW_FROM;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(BaseSet.class, MethodHandles.lookup());
            NEW_EMPTY = lookup.findStatic(BaseSet.class, "makeNewSet", MethodType.methodType(BaseSet.class, PyType.class));
            NEW_FROM = lookup.findStatic(BaseSet.class, "makeNewSet",
                    MethodType.methodType(BaseSet.class, PyType.class, PyObject.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CPython2SetOps() {
    }

    /** {@code make_new_set(type(so), NULL)}: an empty set of this one's type. */
    private static BaseSet newEmpty(BaseSet like) {
        try {
            return (BaseSet) NEW_EMPTY.invokeExact(like.getType());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@code make_new_set(type(like), iterable)}: a set of that type made of the iterable. */
    private static BaseSet newFrom(BaseSet like, PyObject iterable) {
        try {
            return (BaseSet) NEW_FROM.invokeExact(like.getType(), iterable);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static boolean isExactDict(PyObject o) {
        return o instanceof PyDictionary && o.getType() == PyDictionary.TYPE;
    }

    /** {@code set_intersection}. */
    public static PyObject intersection(BaseSet self, PyObject other) {
        if (self == other) {
            return newFrom(self, self);
        }
        BaseSet result = newEmpty(self);
        Set<PyObject> into = result.getSet();
        if (other instanceof BaseSet o) {
            Set<PyObject> big = self.getSet();
            Set<PyObject> small = o.getSet();
            if (small.size() > big.size()) {
                Set<PyObject> t = big;
                big = small;
                small = t;
            }
            for (PyObject key : small) {
                if (big.contains(key)) {
                    into.add(key);
                }
            }
            return result;
        }
        Set<PyObject> mine = self.getSet();
        for (PyObject key : other.asIterable()) {
            if (mine.contains(key)) {
                into.add(key);
            }
        }
        return result;
    }

    /** {@code set.intersection(*others)}: this set itself met with each in turn (a copy if none). */
    public static PyObject intersection(BaseSet self, PyObject[] others) {
        if (others.length == 0) {
            return newFrom(self, self);
        }
        PyObject result = self;
        for (PyObject other : others) {
            result = intersection((BaseSet) result, other);
        }
        return result;
    }

    /** {@code set.difference(*others)}: the first difference, then the others removed from it. */
    public static PyObject difference(BaseSet self, PyObject[] others) {
        if (others.length == 0) {
            return newFrom(self, self);
        }
        BaseSet result = difference(self, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(result, others[i]);
        }
        return result;
    }

    /** {@code set_difference}. */
    private static BaseSet difference(BaseSet self, PyObject other) {
        if (!(other instanceof BaseSet) && !isExactDict(other)) {
            BaseSet result = newFrom(self, self);
            differenceUpdate(result, other);
            return result;
        }
        BaseSet result = newEmpty(self);
        Set<PyObject> into = result.getSet();
        java.util.function.Predicate<PyObject> inOther = other instanceof BaseSet o
                ? o.getSet()::contains : ((PyDictionary) other).getMap()::containsKey;
        for (PyObject key : self.getSet()) {
            if (!inOther.test(key)) {
                into.add(key);
            }
        }
        return result;
    }

    /** {@code set_difference_update_internal}: the other's keys removed, then dummies rebuilt away. */
    private static void differenceUpdate(BaseSet self, PyObject other) {
        Set<PyObject> mine = self.getSet();
        if (self == other) {
            mine.clear();
            return;
        }
        Iterable<PyObject> keys = other instanceof BaseSet o ? o.getSet() : other.asIterable();
        for (PyObject key : keys) {
            mine.remove(key);
        }
        if (mine instanceof CPython2Set s) {
            s.shrinkIfDummies();
        }
    }

    /** {@code set.difference_update(*others)}. */
    public static void differenceUpdate(PySet self, PyObject[] others, String[] keywords) {
        if (keywords.length > 0) {
            throw Py.TypeError("difference_update() takes no keyword arguments");
        }
        for (PyObject other : others) {
            differenceUpdate(self, other);
        }
    }

    /** {@code set_symmetric_difference}: a set of this type made of the other, then toggled by this. */
    public static PyObject symmetricDifference(BaseSet self, PyObject other) {
        BaseSet result = newFrom(self, other);
        toggle(result, self.getSet());
        return result;
    }

    /**
     * {@code set_update_internal}, the storage of a set updated with another iterable (Jython's
     * {@code BaseSet._update}): a set is merged ({@link CPython2Set#addAll}); a plain dict's keys
     * go in its slot order after one resize, when the two would fill two thirds; anything else
     * key by key.
     */
    public static Set<PyObject> update(Set<PyObject> set, PyObject other) {
        if (other == null) {
            return set;   // as Jython's: a set made of nothing
        }
        if (other instanceof BaseSet o) {
            set.addAll(o.getSet());
        } else if (isExactDict(other) && set instanceof CPython2Set s) {
            s.addAllPresized(((PyDictionary) other).getMap().keySet(), other.__len__());
        } else {
            for (PyObject key : other.asIterable()) {
                set.add(key);
            }
        }
        return set;
    }

    /** {@code set_symmetric_difference_update}: the other's keys (as a set) toggled in this one. */
    public static void symmetricDifferenceUpdate(PySet self, PyObject other) {
        if (self == other) {
            self.getSet().clear();
            return;
        }
        if (isExactDict(other)) {
            toggle(self, ((PyDictionary) other).getMap().keySet());
            return;
        }
        Set<PyObject> keys = other instanceof BaseSet o ? o.getSet() : newFrom(self, other).getSet();
        toggle(self, keys);
    }

    /** Each key removed from {@code self} if there, else added. */
    private static void toggle(BaseSet self, Iterable<PyObject> keys) {
        Set<PyObject> mine = self.getSet();
        for (PyObject key : keys) {
            if (!mine.remove(key)) {
                mine.add(key);
            }
        }
    }

    /** {@code set.pop()}: CPython's choice of key ({@link CPython2Set#pop}). */
    public static PyObject pop(BaseSet self) {
        Set<PyObject> mine = self.getSet();
        PyObject key;
        if (mine instanceof CPython2Set s) {
            key = s.pop();
        } else {
            synchronized (self) {
                java.util.Iterator<PyObject> it = mine.iterator();
                key = it.hasNext() ? it.next() : null;
                if (key != null) {
                    mine.remove(key);
                }
            }
        }
        if (key == null) {
            throw Py.KeyError("pop from an empty set");
        }
        return key;
    }
}
