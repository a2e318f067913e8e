package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** {@link ResourceCalls} on Linux, through the C library. */
final class LinuxResourceCalls implements ResourceCalls {
    /** struct rusage: two struct timeval, then 14 longs. */
    private static final int RUSAGE_LONGS = 18;
    private final LazyDowncall prlimit = fn("prlimit",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall getrusage = fn("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);

    @Override
    public long[] prlimit(long pid, int resource, boolean set, long soft, long hard) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment old = arena.allocate(16);
            MemorySegment limits = MemorySegment.NULL;
            if (set) {
                limits = arena.allocate(16);
                limits.set(JAVA_LONG, 0, soft);
                limits.set(JAVA_LONG, 8, hard);
            }
            int r = (int) prlimit.handle().invokeExact(state, (int) pid, resource, limits, old);
            return new long[] {old.get(JAVA_LONG, 0), old.get(JAVA_LONG, 8), r == 0 ? 0 : errno(state)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] getrusage(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment usage = arena.allocate(RUSAGE_LONGS * 8L);
            int r = (int) getrusage.handle().invokeExact(state, who, usage);
            long[] out = new long[RUSAGE_LONGS + 1];
            for (int i = 0; i < RUSAGE_LONGS; i++) {
                out[i] = usage.getAtIndex(JAVA_LONG, i);
            }
            out[RUSAGE_LONGS] = r == 0 ? 0 : errno(state);
            return out;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
