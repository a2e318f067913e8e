package dev.pyhost.shims.coop;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * A whole module written as glue over the cooperative core: the same source on Python 2 and 3
 * (it keeps to their common subset). The core, one per session and module, is a {@link CoopCore}
 * for the modules that start strands or wait on sockets, and none for the rest.
 */
public abstract class GlueOnlyShim implements ShimModule {
    private final String name;
    private final String resource;
    private final boolean withCore;

    protected GlueOnlyShim(String name, String resource, boolean withCore) {
        this.name = name;
        this.resource = resource;
        this.withCore = withCore;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public final boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public final String glue(int pythonMajor) {
        return GlueSource.load(resource);
    }

    @Override
    public final Object newCore(ShimContext context) {
        return withCore ? new CoopCore() : null;
    }
}
