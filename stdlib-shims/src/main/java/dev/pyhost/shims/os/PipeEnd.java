package dev.pyhost.shims.os;

import java.nio.charset.StandardCharsets;

/**
 * The parent's end of a pipe to a child: a real file descriptor read and written with
 * {@code read(2)}/{@code write(2)}. Bytes cross to Python as ISO-8859-1 strings (one char per
 * byte), which both engines pass without conversion. Failures are reported as values, never
 * thrown, so glue on either engine checks them the same way.
 */
public final class PipeEnd {
    /** The descriptors of every open pipe end in this process (select and poll tell them apart). */
    private static final java.util.Map<Integer, PipeEnd> OPEN = new java.util.concurrent.ConcurrentHashMap<>();
    private final Posix posix;
    private volatile int fd;
    private volatile int error;

    PipeEnd(Posix posix, int fd) {
        this.posix = posix;
        this.fd = fd;
        OPEN.put(fd, this);
    }

    /** True when {@code fd} is an open pipe end to a child (a real descriptor, not an engine's). */
    public static boolean isOpen(int fd) {
        return OPEN.containsKey(fd);
    }

    /** The open pipe end to a child with descriptor {@code fd}, or null. */
    public static PipeEnd open(int fd) {
        return OPEN.get(fd);
    }

    /** The descriptor, or -1 once closed. */
    public int fd() {
        return fd;
    }

    /** The errno of the last failed call, 0 when it succeeded. */
    public int error() {
        return error;
    }

    public String strerror() {
        return posix.strerror(error);
    }

    /**
     * Up to {@code max} bytes; the empty string at end of file, null on failure
     * ({@link #error()} says why).
     */
    public String read(int max) {
        byte[] buf = new byte[Math.max(1, Math.min(max, 1 << 20))];
        int n = readInto(buf, 0, buf.length);
        return n < 0 ? null : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** A buffered reader of this end, for a Python 2 file object (see {@link PipeReader}). */
    public PipeReader reader(boolean universalNewlines) {
        return new PipeReader(this, universalNewlines);
    }

    private Spool spooled;

    /**
     * Everything up to end of file: as text when it is at most {@link Child#SPOOL_PAST} bytes;
     * else null, with the bytes in the file {@link #spooledPath()} names until
     * {@link #releaseSpool()}. Null with no file on failure ({@link #error()} says why).
     */
    public String readAllOrSpool() {
        releaseSpool();
        Spool all = drain(Child.SPOOL_PAST);
        if (all == null) {
            return null;
        }
        String text = all.latin1();
        if (text == null) {
            spooled = all;
        }
        return text;
    }

    /** The file the last {@link #readAllOrSpool} filled, or null. */
    public String spooledPath() {
        Spool s = spooled;
        return s == null ? null : s.path();
    }

    /** Deletes the file the last {@link #readAllOrSpool} filled. */
    public void releaseSpool() {
        Spool s = spooled;
        spooled = null;
        if (s != null) {
            s.delete();
        }
    }

    private Spool drain(long inMemory) {
        Spool into = new Spool(inMemory);
        byte[] chunk = new byte[65536];
        while (true) {
            int n = readInto(chunk, 0, chunk.length);
            if (n < 0) {
                into.delete();
                return null;
            }
            if (n == 0) {
                return into;
            }
            into.append(chunk, n);
        }
    }

    int readInto(byte[] buf, int off, int len) {
        int f = fd;
        if (f < 0) {
            error = 9; // EBADF
            return -1;
        }
        try {
            error = 0;
            return posix.read(f, buf, off, len);
        } catch (PosixException e) {
            error = e.errno();
            return -1;
        }
    }

    /** Writes all of {@code data} (one char per byte); returns its length, or -1 on failure. */
    public int write(String data) {
        byte[] b = data.getBytes(StandardCharsets.ISO_8859_1);
        return writeAll(b, 0, b.length) ? b.length : -1;
    }

    boolean writeAll(byte[] b, int off, int len) {
        int f = fd;
        if (f < 0) {
            error = 9;
            return false;
        }
        try {
            error = 0;
            while (len > 0) {
                int n = posix.write(f, b, off, Math.min(len, 1 << 20));
                off += n;
                len -= n;
            }
            return true;
        } catch (PosixException e) {
            error = e.errno();
            return false;
        }
    }

    public synchronized void close() {
        int f = fd;
        if (f >= 0) {
            fd = -1;
            OPEN.remove(f, this);
            posix.close(f);
        }
    }
}
