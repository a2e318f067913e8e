package dev.pyhost.shims.signal;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.Processes;
import dev.pyhost.spi.DefaultSignalAction;
import dev.pyhost.spi.InterruptSignalAction;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code signal}: what a script sets and reads back is what CPython gives.
 * <ul>
 * <li>SIG_IGN for SIGINT, SIGTERM and SIGHUP is kept as a handler that does nothing: once the
 * process really ignores one of them, the JVM never installs a handler for it again (it takes an
 * ignored shutdown signal for the parent's wish), so the common save, ignore, restore sequence
 * left Ctrl-C and SIGTERM dead for the rest of the script. Children still start ignoring it.</li>
 * <li>Python 2 (Jython): a handler that carries out the default action
 * ({@link DefaultSignalAction}) reads as SIG_DFL, the command line's Ctrl-C handler
 * ({@link InterruptSignalAction}) as {@code default_int_handler}, which also puts it back.</li>
 * </ul>
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
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("signal/signal_py" + pythonMajor + ".py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new Core(Processes.of(context), context.processMain());
    }

    /** What the glue asks Java. */
    public static final class Core {
        private final Processes processes;
        private final boolean processMain;
        private volatile Object interruptAction;

        Core(Processes processes, boolean processMain) {
            this.processes = processes;
            this.processMain = processMain;
        }

        /**
         * Whether {@code alarm(2)} is the session's to set: it is the process's main program,
         * and the system calls are there. A session that shares its process (a daemon's run, an
         * embedding host's) keeps the engine's alarm, a timer of its own.
         */
        public boolean ownsAlarm() {
            return processMain && dev.pyhost.shims.os.SystemCalls.get() != null;
        }

        /** {@code alarm(2)}, for {@link #ownsAlarm() the process's own} alarm. */
        public long alarm(int seconds) {
            return dev.pyhost.shims.os.SystemCalls.get().alarm(seconds);
        }

        /** Whether {@code handler} carries out its signal's default action. */
        public boolean isDefaultAction(Object handler) {
            return handler instanceof DefaultSignalAction;
        }

        /** Whether {@code handler} is the command line's Ctrl-C handler; remembers it for {@link #interruptAction()}. */
        public boolean isInterruptAction(Object handler) {
            if (handler instanceof InterruptSignalAction) {
                interruptAction = handler;
                return true;
            }
            return false;
        }

        /** The command line's Ctrl-C handler last seen, or null. */
        public Object interruptAction() {
            return interruptAction;
        }

        /** A JVM handler that does nothing: SIG_IGN for {@code signal} (Python 2). */
        public SignalHandler ignoring(int signal) {
            return new Ignoring(signal);
        }

        public boolean isIgnoring(Object handler) {
            return handler instanceof Ignoring;
        }

        /** Children start with {@code signal} ignored, or not. */
        public void setIgnored(int signal, boolean on) {
            if (processes != null) {
                processes.setIgnored(signal, on);
            }
        }
    }

    private record Ignoring(int signal) implements SignalHandler {
        @Override
        public void handle(Signal sig) {
            // ignored, as the script asked
        }
    }
}
