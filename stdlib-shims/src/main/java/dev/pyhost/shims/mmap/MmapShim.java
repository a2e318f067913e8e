package dev.pyhost.shims.mmap;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code mmap} for Python 2: Jython has none (CPython 2.7's test_os could not even be imported).
 * CPython 2.7's API over the system's own {@code mmap(2)} family, made through FFM on the real
 * descriptor behind the file: shared maps are the file's pages, as in CPython.
 */
public final class MmapShim implements ShimModule {
    @Override
    public String name() {
        return "mmap";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        // GraalPy has its own mmap module
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("mmap/mmap_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new MmapCore();
    }
}
