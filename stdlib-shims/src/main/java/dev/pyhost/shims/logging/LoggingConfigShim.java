package dev.pyhost.shims.logging;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code logging.config} on Python 2 (Jython): the engine's own module, a copy of an older
 * CPython's, with the functions whose behaviour CPython 2.7.18 changed replaced by its versions
 * ({@code fileConfig}'s {@code disable_existing_loggers=False}, {@code dictConfig}'s MemoryHandler
 * targets configured in any order).
 */
public final class LoggingConfigShim implements ShimModule {
    @Override
    public String name() {
        return "logging.config";
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
        return GlueSource.load("logging/logging_config_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
