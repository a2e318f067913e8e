package dev.pyhost.shims.mmap;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** The Java core of the {@code mmap} shim: finds real descriptors and makes maps. */
public final class MmapCore {
    /** What {@link #realFd} answers for an object that is no descriptor. */
    public static final int NOT_A_DESCRIPTOR = Integer.MIN_VALUE;
    /** What {@link #realFd} answers for a descriptor already closed. */
    public static final int CLOSED = Integer.MIN_VALUE + 1;

    private final Maps maps = Maps.get();

    /** True when maps can be made here (Linux, a JDK with the FFM API). */
    public boolean available() {
        return maps != null;
    }

    /** The system's page size. */
    public long pageSize() {
        return maps == null ? 4096 : maps.pageSize();
    }

    /**
     * The system's descriptor number behind {@code fileno}: a number as it is, or what Jython
     * gives as a file's or {@code os.open}'s descriptor (an object holding a
     * {@link java.io.FileDescriptor}).
     */
    public int realFd(Object fileno) {
        if (fileno instanceof Number n) {
            return n.intValue();
        }
        try {
            Object fd = fileno instanceof java.io.FileDescriptor ? fileno : null;
            if (fd == null) {
                Method getFD = fileno.getClass().getMethod("getFD");
                fd = getFD.invoke(fileno);
            }
            if (fd instanceof java.io.FileDescriptor d && d.valid()) {
                Field f = java.io.FileDescriptor.class.getDeclaredField("fd");
                f.setAccessible(true);
                return f.getInt(d);
            }
            return CLOSED;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NOT_A_DESCRIPTOR;
        }
    }

    /** {@code fstat(fd)}: {0, is a regular file (1/0), size}, or {errno, 0, 0}. */
    public long[] stat(int fd) {
        return maps.stat(fd);
    }

    /** A new map (the descriptor is duplicated unless -1), or the errno as an Integer. */
    public Object map(int fd, long length, int flags, int prot, long offset) {
        return maps.map(fd, length, flags, prot, offset);
    }
}
