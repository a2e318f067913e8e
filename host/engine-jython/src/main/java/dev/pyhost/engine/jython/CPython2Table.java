package dev.pyhost.engine.jython;

import org.python.core.Py;
import org.python.core.PyObject;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The slot table of a CPython 2.7 dict or set ({@code dictobject.c}, {@code setobject.c}, which
 * keep it alike), for the order it iterates in: a key goes to the first dummy or free slot of the
 * probe sequence its hash decides ({@link CPython2Hash}), a deleted key leaves a dummy, and the
 * table is rebuilt when two thirds of it are used or dummies. Only the position of a key new to
 * the table is sought, so no key is compared here: its owner ({@link CPython2Dict},
 * {@link CPython2Set}) keeps Jython's map of keys to their slots for lookups. Not thread-safe:
 * the owner's lock guards the writes.
 *
 * <p>Most dicts are never iterated (those of modules, classes and instances, keyword arguments),
 * so a new table only logs its inserts and deletes ({@link #add}, {@link #delete}); the first
 * operation that needs the slots replays the log ({@link #materialize}), and from then on the
 * table is kept as it goes. A log much longer than the table's contents (a dict that churns) is
 * replayed too. So a dict that is never iterated costs no CPython hash and no probing.
 */
final class CPython2Table {
    static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    /** A slot whose key was deleted. */
    private static final Slot DUMMY = new Slot(null, null);

    private Slot[] table;   // null until materialized
    /** The hash field of each slot: a dummy keeps its key's; slot 0's holds pop's finger. */
    private long[] hashes;
    private int fill;   // slots used or dummy
    private int used;   // slots used
    /**
     * Until materialized: the slots added and deleted, in order, linked through {@link Slot#next}
     * (a deletion is a {@link Deletion} of the slot).
     */
    private Slot first;
    private Slot last;
    private boolean materialized;
    private int logged;
    private int loggedLive;

    /** The deletion of a logged slot's key. */
    private static final class Deletion extends Slot {
        final Slot of;

        Deletion(Slot of) {
            super(null, null);
            this.of = of;
        }
    }

    /**
     * A used slot: its key (a PyObject, or a String in a {@code PyStringMap}), value (a dict's)
     * and position.
     */
    static class Slot implements java.util.Map.Entry<Object, PyObject> {
        final Object key;
        volatile PyObject value;
        int pos;
        /** Until the table is materialized: the next slot added or deleted after this one. */
        Slot next;

        Slot(Object key, PyObject value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public Object getKey() {
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

    int used() {
        materialize();
        return used;
    }

    /** A new key's slot (its position still unknown), added as the owner's insert does. */
    void add(Slot s) {
        if (materialized) {
            placeAt(s, CPython2Hash.ofKey(s.key));
            growIfFull();
            return;
        }
        append(s);
        loggedLive++;
    }

    /** The slot of a deleted key, left as a dummy (a logged one lets its value go). */
    void delete(Slot s) {
        if (materialized) {
            table[s.pos] = DUMMY;
            used--;
            return;
        }
        s.value = null;
        append(new Deletion(s));
        loggedLive--;
    }

    private void append(Slot s) {
        if (last == null) {
            first = s;
        } else {
            last.next = s;
        }
        last = s;
        if (++logged > 256 && logged > 4 * loggedLive) {
            materialize();   // mostly deletions: the log would only grow
        }
    }

    /** The log replayed into the table, which is kept as it goes from now on. */
    void materialize() {
        if (materialized) {
            return;
        }
        materialized = true;
        table = new Slot[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        Slot s = first;
        first = null;
        last = null;
        while (s != null) {
            Slot next = s.next;
            s.next = null;
            if (s instanceof Deletion d) {
                table[d.of.pos] = DUMMY;
                used--;
            } else {
                placeAt(s, CPython2Hash.ofKey(s.key));
                growIfFull();
            }
            s = next;
        }
        logged = 0;
        loggedLive = 0;
    }

    /** The used slots in slot order and their hashes, as they are now. */
    record Contents(Slot[] slots, long[] hashes) {
    }

    Contents contents() {
        materialize();
        Slot[] slots = new Slot[used];
        long[] keyHashes = new long[used];
        int n = 0;
        for (int i = 0; i < table.length; i++) {
            if (isUsed(table[i])) {
                slots[n] = table[i];
                keyHashes[n++] = hashes[i];
            }
        }
        return new Contents(slots, keyHashes);
    }

    /** A new key's slot with the hash it had elsewhere (a merge), placed without growing. */
    void place(Slot s, long hash) {
        materialize();
        placeAt(s, hash);
    }

    /** {@code insertdict}/{@code set_insert_key} of a key new to the table. */
    private void placeAt(Slot s, long hash) {
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

    /** After adding a key ({@code PyDict_SetItem}, {@code set_add_entry}): two thirds full grows. */
    private void growIfFull() {
        if ((long) fill * 3 >= (long) table.length * 2) {
            resize((used > 50000 ? 2 : 4) * used);
        }
    }

    /** Before merging {@code incoming} keys: one resize when the two would fill two thirds. */
    void presizeForMerge(int incoming) {
        materialize();
        if ((long) (fill + incoming) * 3 >= (long) table.length * 2) {
            resize((used + incoming) * 2);
        }
    }

    /** {@code set_difference_update}'s end: a table more than a fifth dummies is rebuilt. */
    void shrinkIfDummies() {
        materialize();
        if ((long) (fill - used) * 5 >= table.length - 1) {
            resize((used > 50000 ? 2 : 4) * used);
        }
    }

    void clear() {
        materialized = false;
        table = null;
        hashes = null;
        fill = 0;
        used = 0;
        first = null;
        last = null;
        logged = 0;
        loggedLive = 0;
    }

    /**
     * The slot {@code popitem}/{@code pop} takes, left as a dummy: slot 0 if used, else the next
     * used slot from the finger slot 0's hash field keeps, which is then left after it. Null when
     * empty.
     */
    Slot pop() {
        materialize();
        if (used == 0) {
            return null;
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
        table[i] = DUMMY;
        used--;
        hashes[0] = i + 1;
        return s;
    }

    /**
     * {@code dictresize}/{@code set_table_resize}: the smallest power of two above {@code minUsed}
     * (at least 8), the used slots put back in slot order, each in the first free slot of its
     * probe; dummies dropped.
     */
    void resize(int minUsed) {
        materialize();
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

    private static boolean isUsed(Slot s) {
        return s != null && s != DUMMY;
    }

    /**
     * Walks the slots of the table as it is when the walk starts (a resize meanwhile leaves the
     * walk on the old table, as Jython's weakly consistent iterators did). {@code remove} is
     * the owner's: it deletes the key last returned. The owner materializes the table first,
     * under its lock.
     */
    <T> Iterator<T> iterator(Function<Slot, T> of, java.util.function.Consumer<Object> remove) {
        Slot[] slots = table;
        return new Iterator<>() {
            private int next;
            private Slot last;

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
                return of.apply(last);
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                remove.accept(last.key);
                last = null;
            }
        };
    }
}
