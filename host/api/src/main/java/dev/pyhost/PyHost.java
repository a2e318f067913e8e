package dev.pyhost;

import dev.pyhost.spi.EngineProvider;
import dev.pyhost.spi.EngineSession;
import dev.pyhost.spi.InteractiveConsole;
import dev.pyhost.spi.MainTarget;
import dev.pyhost.spi.SessionSpec;
import dev.pyhost.spi.RunSignals;
import dev.pyhost.spi.ShimBridge;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimRegistry;
import dev.pyhost.spi.Stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Python interpreter inside a Java application: runs legacy scripts unchanged on Jython (Python
 * 2) or GraalPy (Python 3).
 *
 * <pre>{@code
 * try (PyHost py = PyHost.newBuilder().stdout(out).arguments("--verbose").build()) {
 *     py.run(Path.of("backup.py"));
 * }
 * }</pre>
 *
 * <p>Each host has its own interpreter state: {@code sys.modules}, globals, working directory
 * and environment are never shared with another host in the same JVM. The engine starts on first
 * use; when none was configured, the first script or code run chooses it ({@link EngineSelector}).
 *
 * <p><b>Thread-safety:</b> a host is safe to use from several threads; calls are run one at a
 * time, in order, on the host's own Python main thread (so Python code always sees one main
 * thread, as under CPython). {@link #interrupt()} may be called from any thread at any time.
 *
 * <p><b>Close it:</b> like CPython's main thread, the host's Python main thread is not a daemon
 * thread, so threads the script starts are not daemons either; it keeps the JVM running until
 * {@link #close()} (or until the host is garbage-collected).
 *
 * @since 0.1
 */
public final class PyHost implements AutoCloseable {
    private final HostConfig config;
    private final ShimRegistry shims;
    private final Map<String, Object> pendingGlobals = new LinkedHashMap<>();
    /** Ends the Python main thread of a host that was dropped without {@link #close()}. */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
    /** Started once the engine is known: its stack size is the engine's. */
    private PythonThread thread;
    private EngineSession session;
    private ShimBridge bridge;
    private Engine engine;
    private boolean closed;
    /** Ctrl-C before the engine was up: delivered as soon as it is. */
    private volatile boolean interruptPending;

    private PyHost(HostConfig config, ShimRegistry shims) {
        this.config = config;
        this.shims = shims;
        this.engine = config.engine().orElse(null);
    }

    /** A builder with the process's working directory, environment and standard streams. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A host with all defaults. */
    public static PyHost create() {
        return newBuilder().build();
    }

    public HostConfig config() {
        return config;
    }

    /** The engine, once chosen (configured, or chosen by the first script run). */
    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /**
     * Runs a script file as {@code __main__} with {@code sys.argv = [script] + arguments}.
     * Returns normally when the script ends or calls {@code sys.exit(0)}.
     *
     * @throws PythonException     for an uncaught Python exception
     * @throws SystemExitException for {@code sys.exit(n)} with a failing status
     */
    public void run(Path script) {
        // the path as given: CPython 2 shows it so in __file__ and tracebacks (the engine's
        // working directory is the host's, so a relative path still finds the file)
        String source = engine == null ? readForSelection(config.workingDirectory().resolve(script)) : "";
        runMain(source, new MainTarget.Script(script), script.toString());
    }

    /** Runs code as {@code python -c CODE} does. */
    public void runCommand(String code) {
        runMain(code, new MainTarget.Command(code), "-c");
    }

    /** Runs a module as {@code python -m NAME} does. */
    public void runModule(String module) {
        runMain("", new MainTarget.Module(module), module);
    }

    /** Runs source text as {@code __main__}, as {@code python - < file} does. */
    public void runSource(String source, String filename) {
        runMain(source, new MainTarget.Source(source, filename), filename.equals("<stdin>") ? "-" : filename);
    }

    /** Executes statements in {@code __main__}. */
    public void exec(String code) {
        onSession(code, s -> {
            s.exec(code);
            return null;
        });
    }

    /**
     * Evaluates an expression and returns it as a Java value: None → null, bool → Boolean,
     * int → Integer/Long/BigInteger, float → Double, str → String, bytes → byte[], list/tuple →
     * List, dict → Map, set → Set, a Java object put in → itself; any other Python object →
     * a {@link PythonObject} naming its type and {@code repr}.
     */
    public Object eval(String expression) {
        return onSession(expression, s -> s.eval(expression));
    }

    /** Calls a Python function (a global of {@code __main__}, dotted names allowed) with Java arguments. */
    public Object call(String function, Object... args) {
        List<Object> list = Arrays.asList(args);
        return onSession("", s -> s.call(function, list));
    }

    /** Binds a Java object to a global of {@code __main__}; Python code calls its public methods. */
    public PyHost put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        synchronized (this) {
            if (session == null) {
                pendingGlobals.put(name, value);
                return this;
            }
        }
        onSession("", s -> {
            s.put(name, value);
            return null;
        });
        return this;
    }

    /** A read-eval-print console on this host (the engine starts if needed). */
    public InteractiveConsole console() {
        InteractiveConsole c = onSession("", EngineSession::console);
        return new InteractiveConsole() {
            public boolean push(String line) {
                return thread.call(() -> c.push(line));
            }

            public void resetBuffer() {
                thread.call(() -> {
                    c.resetBuffer();
                    return null;
                });
            }

            public String prompt(boolean continuation) {
                return thread.call(() -> c.prompt(continuation));
            }

            public String banner() {
                return thread.call(c::banner);
            }

            public java.util.List<String> complete(String buffer, int cursor) {
                return thread.call(() -> c.complete(buffer, cursor));
            }

            public void runStartup(String path) {
                thread.call(() -> {
                    c.runStartup(path);
                    return null;
                });
            }
        };
    }

    /** Raises {@code KeyboardInterrupt} in the running Python code, as Ctrl-C does. */
    public void interrupt() {
        EngineSession s;
        synchronized (this) {
            s = session;
            if (s == null) {
                interruptPending = true;
                return;
            }
        }
        s.interrupt();
    }

    /**
     * Delivers signal {@code number} to the script as its process would get it, for a host that
     * is not the process's main program (whose scripts keep their signal handlers to themselves):
     * the script's Python handler runs in its main thread, and a signal it ignores does nothing.
     * Without either, SIGINT raises {@code KeyboardInterrupt} ({@link #interrupt()}), and the
     * signals whose default action ends a process (SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM)
     * are left to the caller, which carries that out with {@link #stop()} and reports the script
     * as killed by the signal; others are ignored, as their default is.
     *
     * @return true when the signal's default action is to end the script
     * @since 0.3
     */
    public boolean signal(int number) {
        ShimBridge b;
        synchronized (this) {
            b = bridge;
        }
        Object core = b == null ? null : b.core("signal");
        RunSignals.Disposition d = core instanceof RunSignals r ? r.receive(number) : RunSignals.Disposition.DEFAULT;
        if (d != RunSignals.Disposition.DEFAULT) {
            return false;
        }
        if (number == 2) {
            interrupt();
            return false;
        }
        return number == 1 || number == 10 || number == 12 || number == 14 || number == 15;
    }

    /**
     * Ends the Python code running in this host at once, as a signal's default action ends a
     * process: unlike {@link #interrupt()}, the code cannot catch it, and a busy loop ends too.
     * May be called from any thread; afterwards the host is only good for {@link #close()}.
     *
     * @since 0.1
     */
    public void stop() {
        EngineSession s;
        synchronized (this) {
            s = session;
            if (s == null) {
                interruptPending = true;
                return;
            }
        }
        s.stop();
    }

    /** Flushes the script's {@code sys.stdout} and {@code sys.stderr}. */
    public void flush() {
        EngineSession s;
        synchronized (this) {
            s = session;
        }
        if (s != null) {
            thread.call(() -> {
                s.flush();
                return null;
            });
        }
    }

    /** Ends the interpreter state and its Python main thread. */
    @Override
    public void close() {
        EngineSession s;
        PythonThread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = session;
            t = thread;
        }
        if (t == null) {
            return;
        }
        try {
            if (s != null) {
                t.call(() -> {
                    s.close();
                    return null;
                });
            }
        } finally {
            t.shutdown();
        }
    }

    private void runMain(String source, MainTarget target, String argv0) {
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(config.arguments());
        onSession(source, s -> {
            s.runMain(target, argv);
            return null;
        });
    }

    private <T> T onSession(String sourceForSelection, java.util.function.Function<EngineSession, T> action) {
        return pythonThread(sourceForSelection).call(() -> action.apply(session()));
    }

    /** Chooses the engine if still open, and starts the Python main thread it needs. */
    private synchronized PythonThread pythonThread(String sourceForSelection) {
        if (closed) {
            throw new IllegalStateException("this PyHost is closed");
        }
        if (engine == null) {
            engine = EngineSelector.select(sourceForSelection).engine();
        }
        if (thread == null) {
            thread = new PythonThread(Engines.provider(engine).mainThreadStackBytes());
            CLEANER.register(this, thread::shutdown);
        }
        return thread;
    }

    private synchronized EngineSession session() {
        if (session == null) {
            EngineProvider provider = Engines.provider(engine);
            Stdio stdio = Stdio.of(config.stdin(), config.stdout(), config.stderr(), config.terminals());
            bridge = new ShimBridge(shims, engine.pythonMajor(), new ShimContext(engine, stdio, config.environment(), config.logging(),
                    config.processMain()));
            session = provider.open(new SessionSpec(config, stdio, bridge));
            pendingGlobals.forEach(session::put);
            pendingGlobals.clear();
            if (interruptPending) {
                interruptPending = false;
                session.interrupt();
            }
        }
        return session;
    }

    private static String readForSelection(Path file) {
        try {
            byte[] head = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a {@link PyHost}. Every setting has the default a {@code python} process would have.
     *
     * @since 0.1
     */
    public static final class Builder {
        private Engine engine;
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Map<String, String> environment = System.getenv();
        private List<String> arguments = List.of();
        private InputStream stdin;
        private OutputStream stdout;
        private OutputStream stderr;
        private Set<Integer> terminals = Set.of();
        private List<Path> pythonPath = List.of();
        private boolean unbuffered;
        private boolean processMain;
        private PythonLogging logging = PythonLogging.PYTHON;
        private ShimRegistry shims;
        private String executable;
        private InterpreterOptions options = InterpreterOptions.NONE;

        private Builder() {
        }

        /** The engine; {@code null} (the default) chooses per script. */
        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = Objects.requireNonNull(dir);
            return this;
        }

        /** The whole environment the script sees (the default is the process's). */
        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        /** {@code sys.argv[1:]}. */
        public Builder arguments(String... args) {
            return arguments(List.of(args));
        }

        public Builder arguments(List<String> args) {
            this.arguments = List.copyOf(args);
            return this;
        }

        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /**
         * Which of the streams given to {@link #stdin}, {@link #stdout}, {@link #stderr} the
         * script sees as terminals ({@code isatty()} is true): 0, 1, 2. For a host serving a
         * remote terminal; streams left to the process answer for themselves.
         */
        public Builder terminals(int... fds) {
            Set<Integer> set = new java.util.TreeSet<>();
            for (int fd : fds) {
                if (fd < 0 || fd > 2) {
                    throw new IllegalArgumentException("not a standard stream: " + fd);
                }
                set.add(fd);
            }
            this.terminals = Set.copyOf(set);
            return this;
        }

        /** Extra {@code sys.path} folders (as {@code PYTHONPATH} gives them). */
        public Builder pythonPath(List<Path> path) {
            this.pythonPath = List.copyOf(path);
            return this;
        }

        public Builder unbuffered(boolean unbuffered) {
            this.unbuffered = unbuffered;
            return this;
        }

        /** For the command line: the host is the process's main program (see {@link HostConfig}). */
        public Builder processMain(boolean processMain) {
            this.processMain = processMain;
            return this;
        }

        /**
         * Where Python's log records go: the script's own handlers ({@link PythonLogging#PYTHON},
         * the default) or SLF4J ({@link PythonLogging#SLF4J}).
         */
        public Builder logging(PythonLogging logging) {
            this.logging = Objects.requireNonNull(logging);
            return this;
        }

        /**
         * {@code sys.executable}: a program that runs Python on the same engine as this host, for
         * scripts that start {@code [sys.executable, ...]}; "" for none. The default is pyhost's
         * launcher for the engine's Python version, {@code bin/pyhost2} (Jython) or
         * {@code bin/pyhost3} (GraalPy) under the folder the system property {@code pyhost.home}
         * names (the {@code pyhost} command line sets it), and "" without that property.
         */
        public Builder executable(String executable) {
            this.executable = Objects.requireNonNull(executable);
            return this;
        }

        /** The interpreter's command-line flags ({@code -E}, {@code -W ...}, ...); none by default. */
        public Builder options(InterpreterOptions options) {
            this.options = Objects.requireNonNull(options);
            return this;
        }

        /** The Java-backed modules; the default is every shim on the class path. */
        public Builder shims(ShimRegistry shims) {
            this.shims = shims;
            return this;
        }

        public PyHost build() {
            HostConfig config = new HostConfig(Optional.ofNullable(engine), workingDirectory, environment,
                    arguments, stdin, stdout, stderr, pythonPath, unbuffered, processMain, terminals, logging,
                    executable, options);
            ShimRegistry registry = shims != null ? shims : ShimRegistry.load(PyHost.class.getClassLoader());
            return new PyHost(config, registry);
        }
    }
}
