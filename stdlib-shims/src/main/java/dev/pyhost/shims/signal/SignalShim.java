package dev.pyhost.shims.signal;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.Processes;
import dev.pyhost.spi.DefaultSignalAction;
import dev.pyhost.spi.InterruptSignalAction;
import dev.pyhost.spi.RunSignals;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * What the glue asks Java. Where the session shares its process (a daemon's run, an embedding
     * host's session), its handlers stay its own: never the process's, they are kept here and run
     * when the host hands the session a signal ({@link #receive}).
     */
    public static final class Core implements RunSignals {
        /** For a signal the script ignores, in place of a handler. */
        private static final Object IGNORE = new Object();
        private final Map<Integer, Object> runHandlers = new ConcurrentHashMap<>();
        private final Processes processes;
        private final boolean processMain;
        /** A host started as the process's main program now serves a run of a client process (the daemon's). */
        private volatile boolean keptToSession;
        /** That run's alarm, the client's; null for a session that is not such a run. */
        private volatile ClientAlarm clientAlarm;
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
            return processMain && !keptToSession && dev.pyhost.shims.os.SystemCalls.get() != null;
        }

        /**
         * From now on the session keeps its handlers to itself and its alarm is the client's
         * ({@code pid}): a warm-start daemon's host, started in the daemon's process as its main
         * program, is bound to a run whose process is the client.
         */
        public void keepHandlersToSession(long pid) {
            if (pid > 0 && processes != null) {
                clientAlarm = new ClientAlarm(processes.posix(), pid);
            }
            keptToSession = true;
        }

        /** Whether {@link #clientAlarm} serves this session: its run's process is a client's. */
        public boolean hasClient() {
            return clientAlarm != null;
        }

        /** {@code alarm(seconds)} of a run whose process is a client ({@link ClientAlarm#set}). */
        public long clientAlarm(int seconds) {
            return clientAlarm.set(seconds);
        }

        /** {@code setitimer(ITIMER_REAL)}/{@code getitimer} of such a run ({@link ClientAlarm#timer}). */
        public double[] clientTimer(boolean set, double seconds, double interval) {
            return clientAlarm.timer(set, seconds, interval);
        }

        /** Whether {@code handler} is a JVM signal handler (Jython's {@code getsignal} gives the process's so). */
        public boolean isJvmHandler(Object handler) {
            return handler instanceof SignalHandler;
        }

        /** Whether the session shares its process: its handlers are kept here, not the process's. */
        public boolean sharesProcess() {
            return !processMain || keptToSession;
        }

        /**
         * A session that shares its process sets its handler of {@code signal}: {@code handler}, a
         * JVM handler that runs the Python one in the session's main thread; null for the default
         * action, or with {@code ignore} for {@code SIG_IGN}.
         */
        public void setRunHandler(int signal, Object handler, boolean ignore) {
            if (ignore) {
                runHandlers.put(signal, IGNORE);
            } else if (handler instanceof SignalHandler) {
                runHandlers.put(signal, handler);
            } else {
                runHandlers.remove(signal);
            }
        }

        /**
         * For an engine that sets handlers only for the whole process (GraalPy): {@code register}
         * sets the script's handler of {@code signal} there, and the JVM handler it installed is
         * taken back for the session, the process's own put back.
         */
        public void captureEngineHandler(int signal, Runnable register) {
            String name = ProcessSignals.name(signal);
            Signal sig = name == null ? null : new Signal(name);
            SignalHandler own;
            try {
                own = sig == null ? null : ProcessSignals.current(sig);
            } catch (IllegalArgumentException e) {
                own = null; // one the JVM keeps for itself
            }
            if (own == null) {
                register.run(); // the engine answers as it does
                return;
            }
            register.run();
            SignalHandler engines = Signal.handle(sig, own);
            setRunHandler(signal, engines, false);
        }

        @Override
        public Disposition receive(int number) {
            Object h = runHandlers.get(number);
            if (h == null || ProcessSignals.name(number) == null) {
                return Disposition.DEFAULT;
            }
            if (h == IGNORE) {
                return Disposition.IGNORED;
            }
            ((SignalHandler) h).handle(new Signal(ProcessSignals.name(number)));
            return Disposition.HANDLED;
        }

        /** {@code setitimer(2)} or {@code getitimer(2)}, for {@link #ownsAlarm() the process's own} timers. */
        public double[] itimer(int which, boolean set, double seconds, double interval) {
            return dev.pyhost.shims.os.SystemCalls.get().itimer(which, set, seconds, interval);
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
