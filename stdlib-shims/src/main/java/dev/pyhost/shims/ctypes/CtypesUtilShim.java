package dev.pyhost.shims.ctypes;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code ctypes.util} for Python 2: Jython's {@code ctypes} has none, so {@code import
 * ctypes.util} failed (CPython's test_subprocess does it at import). {@code find_library} finds
 * libraries as CPython 2.7's does on Linux: ldconfig's cache, then the C compiler's search.
 * GraalPy has CPython's own module.
 */
public final class CtypesUtilShim implements ShimModule {
    @Override
    public String name() {
        return "ctypes.util";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("ctypes/util_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
