package dev.pyhost.engine.jython;

import dev.pyhost.engine.jython.CPython2Table.Slot;
import org.python.core.PyObject;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The storage of a Jython {@code set} or {@code frozenset} that iterates in CPython 2.7's order:
 * the table of {@code setobject.c}, which is a dict's ({@link CPython2Table}), beside Jython's map
 * of its keys for lookups, as {@link CPython2Dict} does for a dict. Adding a set merges it as
 * {@code set_merge} does ({@link #addAll}); removing keys that leave more than a fifth of the table
 * dummies rebuilds it, as {@code difference_update} does ({@link #removeAll}); {@link #pop} takes
 * CPython's choice. The set operations that build their result their own way in CPython are in
 * {@link CPython2SetOps}. Writers take the set's lock; readers do not.
 *
 * <p>The distribution's build has {@code PySet} and {@code PyFrozenSet} make this set where they
 * made a concurrent or hash set (see {@code dev.pyhost.cli.dist.CPythonSetOrder}).
 */
public final class CPython2Set extends AbstractSet<PyObject> {
    /** Jython's map of the keys, for lookups; made anew, sized, for a merge into an empty one. */
    private volatile ConcurrentHashMap<Object, Slot> index = new ConcurrentHashMap<>();
    private final CPython2Table table = new CPython2Table();

    public CPython2Set() {
    }

    /** For the build's rewrite of {@code Generic.concurrentSet()}. */
    public static java.util.Set<PyObject> create() {
        return new CPython2Set();
    }

    @Override
    public boolean contains(Object o) {
        return index.containsKey(o);
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public synchronized boolean add(PyObject key) {
        Slot fresh = new Slot(key, null);
        if (index.putIfAbsent(key, fresh) != null) {
            return false;
        }
        table.add(fresh);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        Slot s = index.remove(key);
        if (s == null) {
            return false;
        }
        table.delete(s);
        return true;
    }

    /**
     * {@code set_merge} from another such set (update, copy, a set made of a set): one resize up
     * front when the two would fill two thirds, then the other's keys in its slot order, with no
     * resize between them; from any other collection, key by key as {@link #add}.
     */
    @Override
    public boolean addAll(Collection<? extends PyObject> c) {
        if (c == this) {
            return false;
        }
        if (!(c instanceof CPython2Set other)) {
            boolean changed = false;
            for (PyObject key : c) {
                changed |= add(key);
            }
            return changed;
        }
        CPython2Table.Contents theirs;
        synchronized (other) {
            theirs = other.table.contents();
        }
        if (theirs.slots().length == 0) {
            return false;
        }
        boolean changed = false;
        synchronized (this) {
            if (index.isEmpty() && theirs.slots().length > 16) {
                index = new ConcurrentHashMap<>(theirs.slots().length);   // room for them at once
            }
            table.presizeForMerge(theirs.slots().length);
            for (int i = 0; i < theirs.slots().length; i++) {
                Slot fresh = new Slot(theirs.slots()[i].key, null);   // a set's keys are PyObjects
                if (index.putIfAbsent(fresh.key, fresh) == null) {
                    table.place(fresh, theirs.hashes()[i]);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Adds {@code keys} as {@link #add} does, after one resize if {@code count} more would fill two thirds. */
    synchronized void addAllPresized(Collection<PyObject> keys, int count) {
        table.presizeForMerge(count);
        for (PyObject key : keys) {
            add(key);
        }
    }

    /**
     * {@code set_difference_update} by another collection: its keys removed, then a table left
     * more than a fifth dummies is rebuilt.
     */
    @Override
    public synchronized boolean removeAll(Collection<?> c) {
        boolean changed = false;
        if (c == this) {
            changed = !index.isEmpty();
            clear();
            return changed;
        }
        for (Object key : c) {
            changed |= remove(key);
        }
        table.shrinkIfDummies();
        return changed;
    }

    /** {@code set_difference_update}'s ending, for removals made key by key. */
    synchronized void shrinkIfDummies() {
        table.shrinkIfDummies();
    }

    @Override
    public synchronized void clear() {
        index.clear();
        table.clear();
    }

    /** {@code set.pop()}: the key of the slot CPython's takes, or null when empty. */
    public synchronized PyObject pop() {
        Slot s = table.pop();
        if (s == null) {
            return null;
        }
        index.remove(s.key);
        return (PyObject) s.key;
    }

    /** The keys in slot order and their hashes, as they are now. */
    synchronized CPython2Table.Contents contents() {
        return table.contents();
    }

    @Override
    public Iterator<PyObject> iterator() {
        CPython2Table slots;
        synchronized (this) {
            table.materialize();
            slots = table;
        }
        return slots.iterator(s -> (PyObject) s.key, this::remove);
    }
}
