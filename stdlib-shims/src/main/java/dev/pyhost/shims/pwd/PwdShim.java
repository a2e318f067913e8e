package dev.pyhost.shims.pwd;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.PasswdCalls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code pwd} for both engines, CPython's module over the C library's user database
 * ({@link PasswdCalls}). GraalPy's answers only for the current user (another raised
 * io.UnsupportedOperation, so {@code tarfile.extractall()} as root failed) and has no
 * {@code getpwall}; Jython's prints its entries as plain tuples and words its errors its own way.
 */
public final class PwdShim implements ShimModule {
    @Override
    public String name() {
        return "pwd";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("os/structseq.py") + GlueSource.load("pwd/pwd_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return PasswdCalls.get();
    }
}
