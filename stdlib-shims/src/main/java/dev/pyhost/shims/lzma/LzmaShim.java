package dev.pyhost.shims.lzma;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code _lzma} on Python 3: GraalPy's Java decoder takes any data for an {@code .lzma} header,
 * where liblzma refuses a start that cannot be one, and then spins: {@code tarfile.open()} of a
 * plain or gzip tar never returned, because its {@code 'r:*'} tries xz before tar. The header's
 * fields are checked as liblzma checks them (its "picky" checks for FORMAT_AUTO), and data that
 * fails gets CPython's LZMAError before the engine's decoder sees it.
 */
public final class LzmaShim implements ShimModule {
    @Override
    public String name() {
        return "_lzma";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("lzma/lzma_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
