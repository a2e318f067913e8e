package dev.pyhost.shims.configparser;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code ConfigParser} on Python 2 (Jython): CPython 2.7's module, its file reading and writing
 * done by {@link ConfigCore}. The API, the interpolation and the error classes stay CPython's own
 * code, so messages are CPython's; the Java core decides what every line means.
 */
public final class ConfigParserShim implements ShimModule {
    @Override
    public String name() {
        return "ConfigParser";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("configparser/configparser_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new ConfigCore();
    }
}
