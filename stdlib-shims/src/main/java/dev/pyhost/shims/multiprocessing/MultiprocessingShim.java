package dev.pyhost.shims.multiprocessing;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code multiprocessing} on both engines, the whole module from pyhost: children are fresh
 * interpreter states in the same JVM (see {@link Child}), shared objects are Java objects.
 */
public final class MultiprocessingShim implements ShimModule {
    @Override
    public String name() {
        return "multiprocessing";
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
        return GlueSource.load("multiprocessing/multiprocessing.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new MpCore(context);
    }
}
