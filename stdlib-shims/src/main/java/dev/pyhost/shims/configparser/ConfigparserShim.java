package dev.pyhost.shims.configparser;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code configparser} on Python 3 (GraalPy): the engine's module (CPython 3.12's), its file
 * reading and writing done by {@link ConfigCore}, the same core as Python 2's
 * {@code ConfigParser} in the other dialect.
 */
public final class ConfigparserShim implements ShimModule {
    @Override
    public String name() {
        return "configparser";
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
        return GlueSource.load("configparser/configparser_py3.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new ConfigCore();
    }
}
