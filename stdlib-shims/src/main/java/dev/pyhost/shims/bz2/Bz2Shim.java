package dev.pyhost.shims.bz2;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.Bzip2Calls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code bz2} for Python 2: CPython 2.7's module ({@code BZ2File}, the (de)compressor types and
 * the one-shot functions) over the system's libbz2 ({@link Bzip2Calls}), the same library and
 * calls as {@code _bz2} on Python 3 ({@link UnderscoreBz2Shim}). Jython's own wrote other bytes
 * than CPython's, worded its errors its own way, and let a Java IllegalArgumentException out of
 * {@code BZ2Compressor(0)} that no {@code except} clause caught.
 */
public final class Bz2Shim implements ShimModule {
    @Override
    public String name() {
        return "bz2";
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
        return GlueSource.load("bz2/bz2_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return Bzip2Calls.get();
    }
}
