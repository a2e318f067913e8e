package dev.pyhost.shims.mmap;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * A map made with {@code mmap(2)}, holding its own duplicate of the file's descriptor (as
 * CPython's does, so that the file may be closed while the map lives). Every access holds the
 * object's lock, so that no access reaches memory a concurrent {@link #close} unmapped.
 */
final class NativeMapping implements Mapping {
    private MemorySegment data;
    private long length;
    private int fd;
    private final long offset;

    NativeMapping(MemorySegment address, long length, int fd, long offset) {
        this.data = address.reinterpret(length);
        this.length = length;
        this.fd = fd;
        this.offset = offset;
    }

    @Override
    public synchronized long length() {
        return length;
    }

    @Override
    public synchronized boolean closed() {
        return data == null;
    }

    private MemorySegment open() {
        if (data == null) {
            throw new IllegalStateException("mmap closed or invalid");
        }
        return data;
    }

    @Override
    public synchronized String read(long pos, long count) {
        byte[] bytes = new byte[Math.toIntExact(count)];
        MemorySegment.copy(open(), JAVA_BYTE, pos, bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public synchronized void write(long pos, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        MemorySegment.copy(bytes, 0, open(), JAVA_BYTE, pos, bytes.length);
    }

    @Override
    public synchronized long find(String sub, long start, long end, boolean reverse) {
        MemorySegment m = open();
        byte[] needle = sub.getBytes(StandardCharsets.ISO_8859_1);
        long last = end - needle.length;
        if (reverse) {
            for (long i = last; i >= start; i--) {
                if (matches(m, i, needle)) {
                    return i;
                }
            }
        } else {
            for (long i = start; i <= last; i++) {
                if (matches(m, i, needle)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(MemorySegment m, long at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (m.get(JAVA_BYTE, at + j) != needle[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void move(long dest, long src, long count) {
        MemorySegment m = open();
        MemorySegment.copy(m, src, m, dest, count); // overlapping ranges are copied as memmove
    }

    @Override
    public synchronized int flush(long from, long count) {
        MemorySegment m = open();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = NativeMaps.state(arena);
            MemorySegment at = MemorySegment.ofAddress(m.address() + from);
            int rc = (int) NativeMaps.MSYNC.invokeExact(state, at, count, 4 /* MS_SYNC */);
            return rc == 0 ? 0 : NativeMaps.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public synchronized int resize(long newLength) {
        MemorySegment m = open();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = NativeMaps.state(arena);
            if (fd != -1) {
                int rc = (int) NativeMaps.FTRUNCATE.invokeExact(state, fd, offset + newLength);
                if (rc != 0) {
                    return NativeMaps.errno(state);
                }
            }
            MemorySegment moved = (MemorySegment) NativeMaps.MREMAP.invokeExact(state, m, length, newLength,
                    1 /* MREMAP_MAYMOVE */);
            if (moved.address() == -1L) {
                return NativeMaps.errno(state);
            }
            data = moved.reinterpret(newLength);
            length = newLength;
            return 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public synchronized long fileSize() {
        long[] st = new NativeMaps().stat(fd);
        return st[0] != 0 ? -st[0] : st[2];
    }

    @Override
    public synchronized void close() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = NativeMaps.state(arena);
            if (data != null) {
                int ignored = (int) NativeMaps.MUNMAP.invokeExact(state, data, length);
                data = null;
            }
            if (fd >= 0) {
                int ignored = (int) NativeMaps.CLOSE.invokeExact(state, fd);
                fd = -1;
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
