package dev.pyhost.shims.struct;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code struct} for Python 2: Jython lays native formats out as a big-endian machine with
 * Java's sizes, so C's records (utmp, ioctl structures, binary files of the system) read wrong.
 * The glue rewrites native formats as the explicit little-endian layout of 64-bit Linux.
 */
public final class StructShim implements ShimModule {
    @Override
    public String name() {
        return "struct";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2; // GraalPy's struct is the platform's
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("struct/struct_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
