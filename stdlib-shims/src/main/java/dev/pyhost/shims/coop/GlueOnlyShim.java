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
    private final java.util.function.Supplier<String> glue;
    private final boolean withCore;

    /** A module whose glue is the given resources, concatenated into one namespace. */
    protected GlueOnlyShim(String name, boolean withCore, String... resources) {
        this(name, withCore, () -> {
            StringBuilder b = new StringBuilder();
            for (String r : resources) {
                b.append(GlueSource.load(r)).append('\n');
            }
            return b.toString();
        });
    }

    protected GlueOnlyShim(String name, boolean withCore, java.util.function.Supplier<String> glue) {
        this.name = name;
        this.glue = glue;
        this.withCore = withCore;
    }

    /** Glue of a submodule that takes its names from its package's {@code _pyhost_parts}. */
    protected static java.util.function.Supplier<String> partOf(String pkg, String module) {
        return () -> "from __future__ import absolute_import\nimport " + pkg + " as _pkg\n"
                + "for _k, _v in _pkg._pyhost_parts['" + module + "'].items():\n"
                + "    setattr(_target, _k, _v)\n";
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
        return glue.get();
    }

    @Override
    public final Object newCore(ShimContext context) {
        return withCore ? new CoopCore(context.engine() == dev.pyhost.Engine.GRAALPY) : null;
    }
}
