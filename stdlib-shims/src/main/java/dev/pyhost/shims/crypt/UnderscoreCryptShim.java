package dev.pyhost.shims.crypt;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.CryptCalls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code _crypt} for Python 3, under CPython's own {@code crypt.py}: GraalPy's raised
 * SystemError (its Java POSIX backend has no crypt), so {@code import crypt} failed. libcrypt's
 * {@code crypt_r} ({@link CryptCalls}).
 */
public final class UnderscoreCryptShim implements ShimModule {
    @Override
    public String name() {
        return "_crypt";
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
        return GlueSource.load("crypt/crypt_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return CryptCalls.get();
    }
}
