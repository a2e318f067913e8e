package dev.pyhost.shims.crypt;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.CryptCalls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code crypt} for Python 2: Jython's returned an array of bytes, NUL terminator included,
 * where CPython returns the hash as a str. libcrypt's {@code crypt_r} ({@link CryptCalls}).
 */
public final class CryptShim implements ShimModule {
    @Override
    public String name() {
        return "crypt";
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
        return GlueSource.load("crypt/crypt_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return CryptCalls.get();
    }
}
