package dev.pyhost.shims.os;

import java.util.Arrays;

/**
 * Buffered reading of a pipe for Python 2's file objects ({@code os.popen}, a Popen's
 * {@code stdout}): a number of bytes, a line, or the rest, each as a {@code byte[]} that the
 * engine turns into its byte string. With universal newlines, {@code \r\n} and a lone {@code \r}
 * arrive as {@code \n}, as CPython 2's 'U' mode gives them, also when a {@code \r\n} is split
 * between two reads. Every call costs time in proportion to what it returns, never to what is
 * still buffered. Failures come back as null; {@link PipeEnd#error()} says why.
 */
public final class PipeReader {
    private static final int CHUNK = 65536;
    private static final byte[] EMPTY = new byte[0];
    private final PipeEnd end;
    private final boolean universal;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private boolean eof;
    /** Universal newlines: the last byte read was a {@code \r}, so a {@code \n} next is dropped. */
    private boolean afterCr;

    PipeReader(PipeEnd end, boolean universal) {
        this.end = end;
        this.universal = universal;
    }

    /** Up to {@code size} bytes (all up to end of file when negative); empty at end of file. */
    public synchronized byte[] read(int size) {
        if (size < 0) {
            return readAll();
        }
        while (limit - pos < size && !eof) {
            if (!fill()) {
                return null;
            }
        }
        return take(Math.min(size, limit - pos));
    }

    /**
     * One line with its {@code \n}, at most {@code size} bytes of it when {@code size} is not
     * negative; empty at end of file.
     */
    public synchronized byte[] readLine(int size) {
        int scanned = 0; // bytes after pos known to hold no newline
        while (true) {
            int available = limit - pos;
            int stop = size < 0 ? available : Math.min(available, size);
            for (int i = scanned; i < stop; i++) {
                if (buf[pos + i] == '\n') {
                    return take(i + 1);
                }
            }
            scanned = stop;
            if (size >= 0 && available >= size || eof) {
                return take(stop);
            }
            if (!fill()) {
                return null;
            }
        }
    }

    /**
     * For iteration: every whole line buffered, reading once more first when there is none;
     * at end of file what is left. Empty at end of file.
     */
    public synchronized byte[] readLines() {
        int scanned = 0;
        while (true) {
            for (int i = limit - 1; i >= pos + scanned; i--) {
                if (buf[i] == '\n') {
                    return take(i + 1 - pos);
                }
            }
            scanned = limit - pos;
            if (eof) {
                return take(scanned);
            }
            if (!fill()) {
                return null;
            }
        }
    }

    private byte[] readAll() {
        Spool rest = new Spool(Long.MAX_VALUE);
        rest.append(buf, pos, limit - pos);
        pos = limit = 0;
        while (!eof) {
            if (!fill()) {
                return null;
            }
            rest.append(buf, limit);
            pos = limit = 0;
        }
        return rest.bytes();
    }

    private byte[] take(int n) {
        if (n <= 0) {
            return EMPTY;
        }
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /** Reads once more after what is buffered; false on failure. */
    private boolean fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
        int n = end.readInto(buf, limit, buf.length - limit);
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            eof = true;
            return true;
        }
        if (universal) {
            n = translate(limit, n);
        }
        limit += n;
        return true;
    }

    /** {@code \r\n} and {@code \r} to {@code \n} in place; returns the new length of the bytes. */
    private int translate(int from, int n) {
        int out = from;
        for (int i = from; i < from + n; i++) {
            byte b = buf[i];
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            buf[out++] = afterCr ? (byte) '\n' : b;
        }
        return out - from;
    }
}
