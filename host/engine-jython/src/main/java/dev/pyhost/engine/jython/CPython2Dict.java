package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyObject;
import org.python.core.PyTuple;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The storage of a Jython {@code dict} that iterates in CPython 2.7's order. CPython's dict is an
 * open-addressing table: a key goes to the first free slot of a probe sequence its hash decides
 * ({@link CPython2Hash}), a deleted key leaves a dummy that later keys may take, and the table is
 * rebuilt, bigger, when two thirds of it are used or dummies; iteration walks the slots in order.
 * So {@code print d}, {@code d.keys()} and {@code for k in d} show the keys in an order that
 * depends on their hashes and on the dict's history, and admin scripts print dicts all the time.
 * Jython's dict is a Java hash map, whose order is its own.
 *
 * <p>This map keeps Jython's map for lookups (so equality and hashing stay Jython's) and, beside
 * it, CPython's table of slots, maintained as {@code dictobject.c} maintains it: the same probe
 * sequence, fill and resize rules, dummies, presizing of a display ({@link #presize}), one resize
 * ahead of a merge ({@link #putAll}), and {@code popitem}'s search finger ({@link #popitem}). Only
 * the slot of a new key is sought, so no key is compared more often than before. The views iterate
 * the slots. Writers take the map's lock; readers do not.
 *
 * <p>The distribution's build has {@code PyDictionary} make this map where it made a
 * {@code ConcurrentHashMap} (see {@code dev.pyhost.cli.dist.CPythonDictOrder}).
 */
public final class CPython2Dict extends AbstractMap<PyObject, PyObject> implements ConcurrentMap<PyObject, PyObject> {
    private static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    /** A slot whose key was deleted. */
    private static final Slot DUMMY = new Slot(null, null);

    private final ConcurrentHashMap<PyObject, Slot> index = new ConcurrentHashMap<>();
    private Slot[] table = new Slot[MIN_SIZE];
    /** The hash field of each slot: a dummy keeps its key's; slot 0's holds popitem's finger. */
    private long[] hashes = new long[MIN_SIZE];
    private int fill;   // slots used or dummy
    private int used;   // slots used

    public CPython2Dict() {
    }

    /** As {@code new ConcurrentHashMap(capacity, loadFactor, concurrency)}: a dict starts small. */
    public CPython2Dict(int capacity, float loadFactor, int concurrency) {
    }

    /** For the build's rewrite of {@code Generic.concurrentMap()} in {@code PyDictionary}. */
    public static ConcurrentMap<PyObject, PyObject> create() {
        return new CPython2Dict();
    }

    /**
     * A dict display of {@code items} pairs starts with room for them when there are more than 5,
     * as CPython's {@code BUILD_MAP} presizes it.
     */
    public static void presize(Map<PyObject, PyObject> map, int items) {
        if (items > 5 && map instanceof CPython2Dict d) {
            synchronized (d) {
                if (d.used == 0) {
                    d.resize(items);
                }
            }
        }
    }

    /**
     * {@code dict.popitem()}: CPython's takes slot 0 if used, else the next used slot from the
     * finger slot 0's hash field keeps, and leaves the finger after it. Another map (a subclass's
     * backing map) gives up its first entry, as Jython did.
     */
    public static PyObject popitem(Map<PyObject, PyObject> map) {
        if (map instanceof CPython2Dict d) {
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

    /**
     * {@code dict(k=v, ...)} and {@code d.update(k=v, ...)}: CPython gathers the keywords in a
     * dict of their own, last first (its {@code update_keyword_args} pops them off the stack), and
     * merges that ({@link #putAll}), where Jython set them one by one, first first. Called first in {@code PyDictionary.updateCommon}: with keywords, it does
     * the positional argument through {@code updateCommon} without them, then the keywords, and
     * answers true (done); without, false (Jython's code goes on).
     */
    public static boolean updateKeywords(PyDictionary self, PyObject[] args, String[] keywords, String name) {
        if (keywords.length == 0 || !(self.getMap() instanceof CPython2Dict)) {
            return false;
        }
        int positional = args.length - keywords.length;
        self.updateCommon(java.util.Arrays.copyOf(args, positional), new String[0], name);
        CPython2Dict given = new CPython2Dict();
        for (int i = keywords.length - 1; i >= 0; i--) {
            given.put(Py.newString(keywords[i]), args[positional + i]);
        }
        self.getMap().putAll(given);
        return true;
    }

    private synchronized PyObject popitem() {
        if (used == 0) {
            throw Py.KeyError("popitem(): dictionary is empty");
        }
        int mask = table.length - 1;
        int i = 0;
        if (!isUsed(table[0])) {
            long finger = hashes[0];
            i = finger > mask || finger < 1 ? 1 : (int) finger;
            while (!isUsed(table[i])) {
                i++;
                if (i > mask) {
                    i = 1;
                }
            }
        }
        Slot s = table[i];
        index.remove(s.key);
        table[i] = DUMMY;
        used--;
        hashes[0] = i + 1;
        return new PyTuple(s.key, s.value);
    }

    private static boolean isUsed(Slot s) {
        return s != null && s != DUMMY;
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

    @Override
    public synchronized PyObject put(PyObject key, PyObject value) {
        Slot fresh = new Slot(key, value);
        Slot s = index.putIfAbsent(key, fresh);
        if (s != null) {
            PyObject old = s.value;
            s.value = value;
            return old;
        }
        place(fresh, CPython2Hash.of(key));
        growIfFull();
        return null;
    }

    @Override
    public synchronized PyObject putIfAbsent(PyObject key, PyObject value) {
        Slot fresh = new Slot(key, value);
        Slot s = index.putIfAbsent(key, fresh);
        if (s != null) {
            return s.value;
        }
        place(fresh, CPython2Hash.of(key));
        growIfFull();
        return null;
    }

    @Override
    public synchronized PyObject remove(Object key) {
        Slot s = index.remove(key);
        if (s == null) {
            return null;
        }
        delete(s);
        return s.value;
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        Slot s = index.get(key);
        if (s == null || !s.value.equals(value)) {
            return false;
        }
        index.remove(key);
        delete(s);
        return true;
    }

    @Override
    public synchronized boolean replace(PyObject key, PyObject oldValue, PyObject newValue) {
        Slot s = index.get(key);
        if (s == null || !s.value.equals(oldValue)) {
            return false;
        }
        s.value = newValue;
        return true;
    }

    @Override
    public synchronized PyObject replace(PyObject key, PyObject value) {
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
    public void putAll(Map<? extends PyObject, ? extends PyObject> m) {
        if (m == this) {
            return;
        }
        if (!(m instanceof CPython2Dict other)) {
            for (Map.Entry<? extends PyObject, ? extends PyObject> e : m.entrySet()) {
                put(e.getKey(), e.getValue());
            }
            return;
        }
        Slot[] theirs;
        long[] theirHashes;
        int theirUsed;
        synchronized (other) {
            theirs = other.table.clone();
            theirHashes = other.hashes.clone();
            theirUsed = other.used;
        }
        if (theirUsed == 0) {
            return;
        }
        synchronized (this) {
            if ((long) (fill + theirUsed) * 3 >= (long) table.length * 2) {
                resize((used + theirUsed) * 2);
            }
            for (int i = 0; i < theirs.length; i++) {
                Slot t = theirs[i];
                if (!isUsed(t)) {
                    continue;
                }
                Slot fresh = new Slot(t.key, t.value);
                Slot s = index.putIfAbsent(t.key, fresh);
                if (s != null) {
                    s.value = t.value;
                } else {
                    place(fresh, theirHashes[i]);
                }
            }
        }
    }

    @Override
    public synchronized void clear() {
        index.clear();
        table = new Slot[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    // -- CPython's table -------------------------------------------------------------------------

    /**
     * {@code insertdict} of a key new to the dict (already in the index): the first dummy or free
     * slot of its probe.
     */
    private void place(Slot s, long hash) {
        int mask = table.length - 1;
        long i = hash & mask;
        int free = -1;
        Slot at = table[(int) i];
        if (at != null) {
            if (at == DUMMY) {
                free = (int) i;
            }
            for (long perturb = hash; ; perturb >>>= PERTURB_SHIFT) {
                i = (i << 2) + i + perturb + 1;
                at = table[(int) (i & mask)];
                if (at == null) {
                    break;
                }
                if (at == DUMMY && free < 0) {
                    free = (int) (i & mask);
                }
            }
        }
        int slot = free >= 0 ? free : (int) (i & mask);
        if (table[slot] == null) {
            fill++;
        }
        s.pos = slot;
        table[slot] = s;
        hashes[slot] = hash;
        used++;
    }

    /** {@code PyDict_SetItem} after adding a key: a table two thirds full grows. */
    private void growIfFull() {
        if ((long) fill * 3 >= (long) table.length * 2) {
            resize((used > 50000 ? 2 : 4) * used);
        }
    }

    private void delete(Slot s) {
        table[s.pos] = DUMMY;
        used--;
    }

    /**
     * {@code dictresize}: the smallest power of two above {@code minUsed} (at least 8), the used
     * slots put back in slot order, each in the first free slot of its probe; dummies dropped.
     */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed && size > 0) {
            size <<= 1;
        }
        if (size <= 0) {
            throw Py.MemoryError("");
        }
        Slot[] old = table;
        long[] oldHashes = hashes;
        table = new Slot[size];
        hashes = new long[size];
        fill = 0;
        used = 0;
        int mask = size - 1;
        for (int j = 0; j < old.length; j++) {
            Slot s = old[j];
            if (!isUsed(s)) {
                continue;
            }
            long hash = oldHashes[j];
            long i = hash & mask;
            for (long perturb = hash; table[(int) (i & mask)] != null; perturb >>>= PERTURB_SHIFT) {
                i = (i << 2) + i + perturb + 1;
            }
            int slot = (int) (i & mask);
            s.pos = slot;
            table[slot] = s;
            hashes[slot] = hash;
            fill++;
            used++;
        }
    }

    // -- views: CPython's order ------------------------------------------------------------------

    @Override
    public Set<Map.Entry<PyObject, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<PyObject, PyObject>> iterator() {
                return new SlotIterator<>() {
                    @Override
                    Map.Entry<PyObject, PyObject> of(Slot s) {
                        return s;
                    }
                };
            }

            @Override
            public int size() {
                return CPython2Dict.this.size();
            }
        };
    }

    @Override
    public Set<PyObject> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<PyObject> iterator() {
                return new SlotIterator<>() {
                    @Override
                    PyObject of(Slot s) {
                        return s.key;
                    }
                };
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
                return new SlotIterator<>() {
                    @Override
                    PyObject of(Slot s) {
                        return s.value;
                    }
                };
            }

            @Override
            public int size() {
                return CPython2Dict.this.size();
            }
        };
    }

    /**
     * Walks the slots of the table as it is when the walk starts (a resize meanwhile leaves the
     * walk on the old table, as Jython's views were weakly consistent); {@code remove} deletes
     * the key last returned.
     */
    private abstract class SlotIterator<T> implements Iterator<T> {
        private final Slot[] slots = table;
        private int next;
        private Slot last;

        abstract T of(Slot s);

        @Override
        public boolean hasNext() {
            while (next < slots.length && !isUsed(slots[next])) {
                next++;
            }
            return next < slots.length;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = slots[next++];
            return of(last);
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            CPython2Dict.this.remove(last.key);
            last = null;
        }
    }

    /** A used slot: its key, value and position in the table. */
    private static final class Slot implements Map.Entry<PyObject, PyObject> {
        final PyObject key;
        volatile PyObject value;
        int pos;

        Slot(PyObject key, PyObject value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public PyObject getKey() {
            return key;
        }

        @Override
        public PyObject getValue() {
            return value;
        }

        @Override
        public PyObject setValue(PyObject v) {
            PyObject old = value;
            value = v;
            return old;
        }
    }
}
