package dev.pyhost.shims.multiprocessing;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/** {@code multiprocessing.context}: the names scripts import from it, taken from the package. */
public final class MpContextShim implements ShimModule {
    @Override
    public String name() {
        return "multiprocessing.context";
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
        return GlueSource.load("multiprocessing/submodule.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
