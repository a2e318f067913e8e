package dev.pyhost.shims.mmap;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** {@link Maps} on Linux/glibc through the foreign function API: mmap, mremap, msync, munmap. */
final class NativeMaps implements Maps {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_OPT = Linker.Option.captureCallState("errno");
    private static final int SC_PAGESIZE = 30;
    private static final int MREMAP_MAYMOVE = 1;
    private static final int MS_SYNC = 4;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    /** Where st_mode lies in glibc's struct stat (st_size is at 48 on both). */
    private static final long ST_MODE = System.getProperty("os.arch", "").equals("aarch64") ? 16 : 24;
    private static final long ST_SIZE = 48;
    private static final long STAT_BYTES = 256;

    static final MethodHandle MMAP = fn("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    static final MethodHandle MUNMAP = fn("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    static final MethodHandle MREMAP = fn("mremap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT));
    static final MethodHandle MSYNC = fn("msync", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    static final MethodHandle FTRUNCATE = fn("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
    static final MethodHandle FSTAT = fn("fstat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    static final MethodHandle DUP = fn("dup", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle SYSCONF = LINKER.downcallHandle(LINKER.defaultLookup().find("sysconf").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT));

    private static MethodHandle fn(String name, FunctionDescriptor d, Linker.Option... more) {
        Linker.Option[] options = java.util.Arrays.copyOf(more, more.length + 1);
        options[more.length] = ERRNO_OPT;
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsupportedOperationException("libc lacks " + name));
        // every handle takes the errno capture segment first
        return LINKER.downcallHandle(symbol, d, options);
    }

    static MemorySegment state(Arena arena) {
        return arena.allocate(STATE);
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    @Override
    public long pageSize() {
        try {
            return (long) SYSCONF.invokeExact(SC_PAGESIZE);
        } catch (Throwable t) {
            return 4096;
        }
    }

    @Override
    public long[] stat(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = state(arena);
            MemorySegment st = arena.allocate(STAT_BYTES, 8);
            int rc = (int) FSTAT.invokeExact(state, fd, st);
            if (rc != 0) {
                return new long[] {errno(state), 0, 0};
            }
            int mode = st.get(JAVA_INT, ST_MODE);
            return new long[] {0, (mode & S_IFMT) == S_IFREG ? 1 : 0, st.get(JAVA_LONG, ST_SIZE)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public Object map(int fd, long length, int flags, int prot, long offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = state(arena);
            int own = -1;
            if (fd != -1) {
                own = (int) DUP.invokeExact(state, fd);
                if (own < 0) {
                    return errno(state);
                }
            }
            MemorySegment address = (MemorySegment) MMAP.invokeExact(state, MemorySegment.NULL, length, prot, flags,
                    own, offset);
            if (address.address() == -1L) {
                int errno = errno(state);
                if (own >= 0) {
                    int ignored = (int) CLOSE.invokeExact(state, own);
                }
                return errno;
            }
            return new NativeMapping(address, length, own, offset);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
