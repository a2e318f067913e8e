package dev.pyhost.shims.mmap;

/**
 * One memory map. Offsets are from the start of the map and already checked by the caller;
 * bytes travel as strings of one char per byte (ISO-8859-1). Calls that can fail return 0 or
 * the errno.
 */
public interface Mapping {
    /** The map's length. */
    long length();

    boolean closed();

    String read(long pos, long count);

    void write(long pos, String data);

    /** The first (or, {@code reverse}, last) index of {@code sub} within [start, end), or -1. */
    long find(String sub, long start, long end, boolean reverse);

    void move(long dest, long src, long count);

    /** {@code msync(2)} of [offset, offset + count). */
    int flush(long offset, long count);

    /** Grows or shrinks the file (when there is one) and the map ({@code mremap(2)}). */
    int resize(long newLength);

    /** The size of the mapped file now; the negated errno on failure (an anonymous map: EBADF). */
    long fileSize();

    void close();
}
