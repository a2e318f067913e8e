package dev.pyhost.engine.jython;

import dev.pyhost.engine.jython.CPython2Table.Slot;
import org.python.core.BaseSet;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyFrozenSet;
import org.python.core.PyObject;
import org.python.core.PySet;
import org.python.core.PyTuple;
import org.python.core.PyType;
import org.python.modules._collections.PyDefaultDict;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The storage of a Jython {@code dict} that iterates in CPython 2.7's order. CPython's dict is an
 * open-addressing table ({@link CPython2Table}) walked in slot order, so {@code print d},
 * {@code d.keys()} and {@code for k in d} show the keys in an order that depends on their hashes
 * and on the dict's history, and admin scripts print dicts all the time. Jython's dict is a Java
 * hash map, whose order is its own.
 *
 * <p>This map keeps Jython's map for lookups (so equality and hashing stay Jython's) and, beside
 * it, CPython's table, maintained as {@code dictobject.c} maintains it: new keys, deletions,
 * presizing of a display ({@link #presize}), one resize ahead of a merge ({@link #putAll}),
 * {@code popitem}'s choice ({@link #popitem}) and keyword arguments gathered as CPython gathers
 * them ({@link #updateKeywords}). The views iterate the slots. Writers that change the keys take
 * the map's lock; readers, and a write to a key already there, do not.
 *
 * <p>The distribution's build has {@code PyDictionary} and {@code PyStringMap} (the dict of an
 * instance, class or module, whose keys are Java strings) make this map where they made a
 * {@code ConcurrentHashMap} (see {@code dev.pyhost.cli.dist.CPythonDictOrder}).
 */
@SuppressWarnings("unchecked") // keys go in as K and come out of the slots as K
public final class CPython2Dict<K> extends AbstractMap<K, PyObject> implements ConcurrentMap<K, PyObject> {
    /** Jython's map of the keys, for lookups; made anew, sized, for a merge into an empty one. */
    private volatile ConcurrentHashMap<Object, Slot> index;
    private final CPython2Table table = new CPython2Table();

    public CPython2Dict() {
        index = new ConcurrentHashMap<>();
    }

    /**
     * As {@code new ConcurrentHashMap(capacity, loadFactor, concurrency)}: the index is made so
     * sized (CPython's table starts small whatever is expected).
     */
    public CPython2Dict(int capacity, float loadFactor, int concurrency) {
        index = new ConcurrentHashMap<>(capacity, loadFactor, concurrency);
    }

    /** For the build's rewrite of {@code Generic.concurrentMap()} in {@code PyDictionary}. */
    public static ConcurrentMap<PyObject, PyObject> create() {
        return new CPython2Dict<>();
    }

    /**
     * A dict display of {@code items} pairs starts with room for them when there are more than 5,
     * as CPython's {@code BUILD_MAP} presizes it.
     */
    public static void presize(Map<PyObject, PyObject> map, int items) {
        if (items > 5 && map instanceof CPython2Dict<?> d) {
            synchronized (d) {
                if (d.table.used() == 0) {
                    d.table.resize(items);
                }
            }
        }
    }

    /**
     * {@code dict(k=v, ...)} and {@code d.update(k=v, ...)}: CPython gathers the keywords in a
     * dict of their own, last first (its {@code update_keyword_args} pops them off the stack), and
     * merges that ({@link #putAll}), where Jython set them one by one, first first. Called first in
     * {@code PyDictionary.updateCommon}: with keywords, it does the positional argument through
     * {@code updateCommon} without them, then the keywords, and answers true (done); without,
     * false (Jython's code goes on).
     */
    public static boolean updateKeywords(PyDictionary self, PyObject[] args, String[] keywords, String name) {
        if (keywords.length == 0 || !(self.getMap() instanceof CPython2Dict<?>)) {
            return false;
        }
        int positional = args.length - keywords.length;
        self.updateCommon(java.util.Arrays.copyOf(args, positional), new String[0], name);
        CPython2Dict<PyObject> given = new CPython2Dict<>();
        for (int i = keywords.length - 1; i >= 0; i--) {
            given.put(Py.newString(keywords[i]), args[positional + i]);
        }
        self.getMap().putAll(given);
        return true;
    }

    /**
     * {@code dict.fromkeys(seq, value)}: into a new plain dict, the keys of a plain dict or of a
     * plain set or frozenset go in their slot order after one resize (for one and a half times
     * their number), with no resize between them; any other sequence key by key, as Jython did.
     */
    public static PyObject fromkeys(PyType type, PyObject seq, PyObject value) {
        PyObject made = type.__call__();
        if (made instanceof PyDictionary d && made.getType() == PyDictionary.TYPE
                && d.getMap() instanceof CPython2Dict<?> into && into.isEmpty()) {
            CPython2Table.Contents keys = null;
            if (seq instanceof PyDictionary s && seq.getType() == PyDictionary.TYPE && s.getMap() instanceof CPython2Dict<?> from) {
                synchronized (from) {
                    keys = from.table.contents();
                }
            } else if (seq instanceof BaseSet s && (seq.getType() == PySet.TYPE || seq.getType() == PyFrozenSet.TYPE)
                    && s.getSet() instanceof CPython2Set from) {
                keys = from.contents();
            }
            if (keys != null) {
                synchronized (into) {
                    into.sizeIndexFor(keys.slots().length);
                    into.table.resize(keys.slots().length / 2 * 3);
                    for (int i = 0; i < keys.slots().length; i++) {
                        Slot fresh = new Slot(keys.slots()[i].key, value);
                        Slot s = into.index.putIfAbsent(fresh.key, fresh);
                        if (s != null) {
                            s.value = value;
                        } else {
                            into.table.place(fresh, keys.hashes()[i]);
                        }
                    }
                }
                return made;
            }
        }
        for (PyObject key : seq.asIterable()) {
            made.__setitem__(key, value);
        }
        return made;
    }

    /**
     * {@code defaultdict[key]}: the value, or what {@code __missing__} (the type's, perhaps a
     * subclass's own) returns for a key not there, as CPython's {@code dict} answers.
     */
    public static PyObject lookUpOrMissing(PyDictionary self, PyObject key) {
        PyObject value = self.getMap().get(key);
        return value != null ? value : self.invoke("__missing__", key);
    }

    /** {@code defaultdict.__missing__}: KeyError without a factory, else its value, stored. */
    public static PyObject storeDefault(PyDefaultDict self, PyObject key) {
        PyObject factory = self.getDefaultFactory();
        if (factory == Py.None) {
            throw Py.KeyError(key);
        }
        PyObject value = factory.__call__();
        self.__setitem__(key, value);
        return value;
    }

    /**
     * {@code dict.popitem()}: the item of the slot CPython's takes ({@link CPython2Table#pop}).
     * Another map (a subclass's backing map) gives up its first entry, as Jython did.
     */
    public static PyObject popitem(PyDictionary self) {
        Map<PyObject, PyObject> map = self.getMap();
        if (map instanceof CPython2Dict<?> d) {
            return d.popitem();
        }
        Iterator<Map.Entry<PyObject, PyObject>> it = map.entrySet().iterator();
        if (!it.hasNext()) {
            throw Py.KeyError("popitem(): dictionary is empty");
        }
        Map.Entry<PyObject, PyObject> e = it.next();
        PyTuple item = new PyTuple(e.getKey(), e.getValue());
        it.remove();
        return item;
    }

    private synchronized PyObject popitem() {
        Slot s = table.pop();
        if (s == null) {
            throw Py.KeyError("popitem(): dictionary is empty");
        }
        index.remove(s.key);
        return new PyTuple((PyObject) s.key, s.value);
    }

    // -- reads: Jython's map --------------------------------------------------------------------

    @Override
    public PyObject get(Object key) {
        Slot s = index.get(key);
        return s == null ? null : s.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    // -- writes: both ---------------------------------------------------------------------------

    /**
     * A key already there only has its slot's value replaced, without the lock: the table does not
     * change (a removal of the key meanwhile comes after it, as if the two had taken turns).
     */
    @Override
    public PyObject put(K key, PyObject value) {
        Slot s = index.get(key);
        if (s != null) {
            PyObject old = s.value;
            s.value = value;
            return old;
        }
        return putNew(key, value);
    }

    private synchronized PyObject putNew(K key, PyObject value) {
        Slot fresh = new Slot(key, value);
        Slot s = index.putIfAbsent(key, fresh);
        if (s != null) {
            PyObject old = s.value;
            s.value = value;
            return old;
        }
        table.add(fresh);
        return null;
    }

    @Override
    public synchronized PyObject putIfAbsent(K key, PyObject value) {
        Slot fresh = new Slot(key, value);
        Slot s = index.putIfAbsent(key, fresh);
        if (s != null) {
            return s.value;
        }
        table.add(fresh);
        return null;
    }

    @Override
    public synchronized PyObject remove(Object key) {
        Slot s = index.remove(key);
        if (s == null) {
            return null;
        }
        PyObject value = s.value;
        table.delete(s);
        return value;
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        Slot s = index.get(key);
        if (s == null || !s.value.equals(value)) {
            return false;
        }
        index.remove(key);
        table.delete(s);
        return true;
    }

    @Override
    public synchronized boolean replace(K key, PyObject oldValue, PyObject newValue) {
        Slot s = index.get(key);
        if (s == null || !s.value.equals(oldValue)) {
            return false;
        }
        s.value = newValue;
        return true;
    }

    @Override
    public synchronized PyObject replace(K key, PyObject value) {
        Slot s = index.get(key);
        if (s == null) {
            return null;
        }
        PyObject old = s.value;
        s.value = value;
        return old;
    }

    /**
     * {@code PyDict_Merge}: from another such dict (update, copy, {@code dict(d)}), one resize up
     * front when the two would fill two thirds, then the other's keys in its slot order, with no
     * resize between them; from any other map, key by key as {@link #put}.
     */
    @Override
    public void putAll(Map<? extends K, ? extends PyObject> m) {
        if (m == this) {
            return;
        }
        if (!(m instanceof CPython2Dict<?> other)) {
            for (Map.Entry<? extends K, ? extends PyObject> e : m.entrySet()) {
                put(e.getKey(), e.getValue());
            }
            return;
        }
        CPython2Table.Contents theirs;
        synchronized (other) {
            theirs = other.table.contents();
        }
        if (theirs.slots().length == 0) {
            return;
        }
        synchronized (this) {
            sizeIndexFor(theirs.slots().length);
            table.presizeForMerge(theirs.slots().length);
            for (int i = 0; i < theirs.slots().length; i++) {
                Slot t = theirs.slots()[i];
                Slot fresh = new Slot(t.key, t.value);
                Slot s = index.putIfAbsent(t.key, fresh);
                if (s != null) {
                    s.value = t.value;
                } else {
                    table.place(fresh, theirs.hashes()[i]);
                }
            }
        }
    }

    /** An empty index about to take {@code keys} keys at once is made with room for them. */
    private void sizeIndexFor(int keys) {
        if (index.isEmpty() && keys > 16) {
            index = new ConcurrentHashMap<>(keys);
        }
    }

    @Override
    public synchronized void clear() {
        index.clear();
        table.clear();
    }

    // -- views: CPython's order ------------------------------------------------------------------

    private void removeKey(Object key) {
        remove(key);
    }

    /** The table with its slots in place, to walk them. */
    private synchronized CPython2Table slots() {
        table.materialize();
        return table;
    }

    @Override
    public Set<Map.Entry<K, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, PyObject>> iterator() {
                return slots().iterator(s -> (Map.Entry<K, PyObject>) (Map.Entry<?, ?>) s, CPython2Dict.this::removeKey);
            }

            @Override
            public int size() {
                return CPython2Dict.this.size();
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return slots().iterator(s -> (K) s.key, CPython2Dict.this::removeKey);
            }

            @Override
            public int size() {
                return CPython2Dict.this.size();
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<PyObject> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<PyObject> iterator() {
                return slots().iterator(s -> s.value, CPython2Dict.this::removeKey);
            }

            @Override
            public int size() {
                return CPython2Dict.this.size();
            }
        };
    }
}
