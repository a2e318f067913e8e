package dev.pyhost.shims.os;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * A native function linked on its first call: linking a downcall spins classes (2-5 ms each,
 * cold, and 30 ms for the first), and a script that touches one function of {@code os} must not
 * pay for the thirty others. Callers use {@code handle().invokeExact(...)}.
 */
final class LazyDowncall {
    private final MemorySegment symbol;
    private final FunctionDescriptor descriptor;
    private final Linker.Option[] options;
    private volatile MethodHandle handle;

    LazyDowncall(MemorySegment symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        this.symbol = symbol;
        this.descriptor = descriptor;
        this.options = options;
    }

    MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            // two threads may both link it; either handle does
            h = Linker.nativeLinker().downcallHandle(symbol, descriptor, options);
            handle = h;
        }
        return h;
    }
}
