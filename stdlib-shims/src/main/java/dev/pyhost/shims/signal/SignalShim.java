package dev.pyhost.shims.signal;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.DefaultSignalAction;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code signal} on Python 2 (Jython): {@code getsignal} and the previous handler that
 * {@code signal} returns answer {@code SIG_DFL} for a handler that carries out the default action
 * ({@link DefaultSignalAction}: the command line's SIGTERM and SIGHUP), as CPython answers for a
 * signal no script has taken. Jython showed the Java handler object.
 */
public final class SignalShim implements ShimModule {
    @Override
    public String name() {
        return "signal";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2; // GraalPy keeps its own table of Python handlers
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("signal/signal_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new Core();
    }

    /** What the glue asks Java. */
    public static final class Core {
        /** Whether {@code handler} carries out its signal's default action. */
        public boolean isDefaultAction(Object handler) {
            return handler instanceof DefaultSignalAction;
        }
    }
}
