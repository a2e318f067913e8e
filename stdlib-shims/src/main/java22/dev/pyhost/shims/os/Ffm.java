package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** What the C library's callers here share: symbol lookup, C strings, errno. */
final class Ffm {
    static final StructLayout STATE = Linker.Option.captureStateLayout();
    static final Linker.Option ERRNO_OPT = Linker.Option.captureCallState("errno");
    private static final Linker LINKER = Linker.nativeLinker();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final LazyDowncall ERRNO_LOCATION = fn("__errno_location", FunctionDescriptor.of(ADDRESS));

    private Ffm() {
    }

    /** The C library's function, linked on first use. */
    static LazyDowncall fn(String name, FunctionDescriptor d, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsupportedOperationException("libc lacks " + name));
        return new LazyDowncall(symbol, d, options);
    }

    /** A NUL-terminated copy of bytes carried one char each (ISO-8859-1). */
    static MemorySegment cString(Arena arena, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        MemorySegment m = arena.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        m.set(ValueLayout.JAVA_BYTE, b.length, (byte) 0);
        return m;
    }

    /** The errno a downcall with {@link #ERRNO_OPT} captured. */
    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /**
     * Clears this thread's errno, for calls that leave it alone on success (where -1 may be an
     * answer): what the call leaves is then its own, captured straight after it.
     */
    static void clearErrno() throws Throwable {
        MemorySegment at = (MemorySegment) ERRNO_LOCATION.handle().invokeExact();
        at.reinterpret(4).set(JAVA_INT, 0, 0);
    }
}
