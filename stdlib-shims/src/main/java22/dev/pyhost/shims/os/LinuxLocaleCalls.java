package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** {@link LocaleCalls} on Linux: glibc's {@code newlocale}, {@code nl_langinfo_l} and {@code freelocale}. */
final class LinuxLocaleCalls implements LocaleCalls {
    private static final LazyDowncall NEWLOCALE = fn("newlocale", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    private static final LazyDowncall FREELOCALE = fn("freelocale", FunctionDescriptor.ofVoid(ADDRESS));
    private static final LazyDowncall NL_LANGINFO_L = fn("nl_langinfo_l", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));

    private static MemorySegment open(Arena arena, int category, String name) throws Throwable {
        return (MemorySegment) NEWLOCALE.handle().invokeExact(1 << category, cString(arena, name), MemorySegment.NULL);
    }

    @Override
    public boolean exists(int category, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment loc = open(arena, category, name);
            if (loc.equals(MemorySegment.NULL)) {
                return false;
            }
            FREELOCALE.handle().invokeExact(loc);
            return true;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] langinfo(int category, String name, int[] items) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment loc = open(arena, category, name);
            if (loc.equals(MemorySegment.NULL)) {
                return null;
            }
            try {
                String[] values = new String[items.length];
                for (int i = 0; i < items.length; i++) {
                    MemorySegment s = (MemorySegment) NL_LANGINFO_L.handle().invokeExact(items[i], loc);
                    values[i] = s.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.ISO_8859_1);
                }
                return values;
            } finally {
                FREELOCALE.handle().invokeExact(loc);
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
