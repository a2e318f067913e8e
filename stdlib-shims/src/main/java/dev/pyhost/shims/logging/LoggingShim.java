package dev.pyhost.shims.logging;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code logging} on Python 2 (Jython): the engine's module, told where its own source is so
 * that {@code %(filename)s} and {@code %(lineno)d} name the caller, as under CPython. Jython
 * loads logging from {@code __init__$py.class}, so the stock module takes its own frames for the
 * caller's ({@code __init__$py.class[line:1613]}). No Java core: the glue alone fixes it.
 */
public final class LoggingCallerShim implements ShimModule {
    @Override
    public String name() {
        return "logging";
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
        return GlueSource.load("logging/logging_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
