package dev.pyhost.shims.bz2;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.Bzip2Calls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code _bz2} for Python 3, under CPython's own {@code bz2.py}: GraalPy's raised SystemError (a
 * Java NullPointerException: its embedded Java backend has no bzip2), so {@code bz2.compress},
 * {@code bz2.open} and tarfile's {@code 'w:bz2'} failed. The system's libbz2 ({@link Bzip2Calls}),
 * driven as CPython's C module drives it.
 */
public final class UnderscoreBz2Shim implements ShimModule {
    @Override
    public String name() {
        return "_bz2";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("bz2/bz2_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return Bzip2Calls.get();
    }
}
