package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The C library's reentrant database calls ({@code getpwnam_r}, {@code getgrgid_r},
 * {@code getpwent_r}, ...): each fills a struct and a buffer of strings it points into, and asks
 * for a larger buffer with ERANGE. Entries are read as string arrays (bytes one char each).
 */
final class NssEntries {
    private static final int ERANGE = 34;
    private static final long MAX_BUFFER = 1 << 24;

    private NssEntries() {
    }

    /** One call into a struct and its buffer; 0 or the errno it returned. */
    interface Lookup {
        int call(MemorySegment entry, MemorySegment buf, long size, MemorySegment result) throws Throwable;
    }

    /** Calls {@code lookup} with a buffer grown while it answers ERANGE; the entry read, or null. */
    static String[] lookUp(long entrySize, Lookup lookup, Function<MemorySegment, String[]> read) {
        for (long size = 1024; size <= MAX_BUFFER; size *= 4) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment entry = arena.allocate(entrySize);
                MemorySegment buf = arena.allocate(size);
                MemorySegment result = arena.allocate(ADDRESS);
                int rc = lookup.call(entry, buf, size, result);
                if (rc == ERANGE) {
                    continue;
                }
                if (rc != 0 || result.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
                    return null;
                }
                return read.apply(entry);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
        return null;
    }

    /**
     * Every entry, from {@code set} through {@code next} until it has none, then {@code end}; under
     * {@code lock}, since the enumeration's position is one for the whole process.
     */
    static List<String[]> all(Object lock, LazyDowncall set, LazyDowncall end, long entrySize, Lookup next,
            Function<MemorySegment, String[]> read) {
        List<String[]> entries = new ArrayList<>();
        synchronized (lock) {
            try {
                set.handle().invokeExact();
                try {
                    for (String[] e; (e = lookUp(entrySize, next, read)) != null; ) {
                        entries.add(e);
                    }
                } finally {
                    end.handle().invokeExact();
                }
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
        return entries;
    }

    /** The C string at {@code p}; "" for NULL. */
    static String string(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? "" : p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.ISO_8859_1);
    }
}
