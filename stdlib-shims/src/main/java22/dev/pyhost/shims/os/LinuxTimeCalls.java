package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@link TimeCalls} on Linux: glibc's {@code strftime_l} with a "C" locale object of its own (the
 * JVM may have set the process's locale from the environment; a Python process has not).
 */
final class LinuxTimeCalls implements TimeCalls {
    /** glibc's LC_ALL_MASK: every category. */
    private static final int LC_ALL_MASK = 0x1fbf;
    /** struct tm on LP64 glibc: nine ints, tm_gmtoff at 40, tm_zone at 48. */
    private static final long TM_SIZE = 56;

    private final LazyDowncall strftimeL = fn("strftime_l",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS));
    private final MemorySegment cLocale;

    LinuxTimeCalls() {
        LazyDowncall newlocale = fn("newlocale", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        try {
            cLocale = (MemorySegment) newlocale.handle().invokeExact(LC_ALL_MASK, cString(Arena.global(), "C"),
                    MemorySegment.NULL);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (cLocale.equals(MemorySegment.NULL)) {
            throw new UnsupportedOperationException("newlocale(\"C\") failed");
        }
    }

    @Override
    public String strftime(String format, long[] tm, String zone) {
        if (format.isEmpty()) {
            return "";
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment t = arena.allocate(TM_SIZE, 8);
            for (int i = 0; i < 9; i++) {
                t.set(JAVA_INT, 4L * i, (int) tm[i]);
            }
            t.set(JAVA_LONG, 40, tm[9]);
            t.set(ADDRESS, 48, cString(arena, zone));
            MemorySegment f = cString(arena, format);
            // as CPython: a result of 0 is empty output only once the buffer is far larger than
            // the format could fill for nothing
            for (long size = 1024; ; size *= 2) {
                MemorySegment out = arena.allocate(size);
                long n = (long) strftimeL.handle().invokeExact(out, size, f, t, cLocale);
                if (n > 0 || size >= 256L * format.length() + 1024) {
                    return new String(out.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.ISO_8859_1);
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
