package dev.pyhost.shims.uuid;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code uuid} on Jython: the module finds libuuid through {@code ctypes.util} (which pyhost
 * provides) and then calls its generators with {@code ctypes.create_string_buffer}, which Jython's
 * {@code ctypes} lacks, so {@code uuid4()} and {@code uuid1()} raised AttributeError. The overlay
 * leaves the C library's generators out, and the module takes CPython's own fallbacks:
 * {@code os.urandom} for {@code uuid4()}, the clock and {@code getnode()} for {@code uuid1()}.
 */
public final class UuidShim implements ShimModule {
    @Override
    public String name() {
        return "uuid";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("uuid/uuid_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
