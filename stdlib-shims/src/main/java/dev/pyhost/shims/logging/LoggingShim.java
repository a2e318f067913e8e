package dev.pyhost.shims.logging;

import dev.pyhost.PythonLogging;
import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code logging}: the engine's own module, with what it gets wrong or slow replaced. On Python 2
 * (Jython) it is told where its own source is, so that {@code %(filename)s} and {@code %(lineno)d}
 * name the caller as under CPython (Jython loads logging from {@code __init__$py.class}, so the
 * stock module takes its own frames for the caller's: {@code __init__$py.class[line:1613]}), and
 * the methods whose behaviour CPython 2.7.18 changed since Jython's copy are CPython 2.7.18's. On
 * Python 3 (GraalPy) the time and '%' formatting of records are made cheap, with CPython's output.
 * On both, with {@link PythonLogging#SLF4J}, records go to SLF4J ({@link Slf4jBridge}).
 */
public final class LoggingShim implements ShimModule {
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
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("logging/logging_py" + pythonMajor + ".py") + "\n" + GlueSource.load("logging/logging_slf4j.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return context.logging() == PythonLogging.SLF4J ? new Slf4jBridge() : null;
    }
}
