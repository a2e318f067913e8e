package dev.pyhost.shims.resource;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code resource} for both engines. Jython has no such module (a script raising its limit on
 * open files, or logging its peak memory with getrusage, failed at the import), and GraalPy's
 * answers limits it does not read (infinity for RLIMIT_NOFILE, whatever the process has). This
 * one reads and sets the process's real limits and usage with prlimit(2) and getrusage(2).
 */
public final class ResourceShim implements ShimModule {
    @Override
    public String name() {
        return "resource";
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
        return GlueSource.load("resource/resource_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new ResourceCore(context);
    }
}
