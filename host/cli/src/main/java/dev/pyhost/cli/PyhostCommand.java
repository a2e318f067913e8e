package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.EngineException;
import dev.pyhost.EngineSelection;
import dev.pyhost.EngineSelector;
import dev.pyhost.Engines;
import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import dev.pyhost.PythonLogging;
import dev.pyhost.SystemExitException;
import dev.pyhost.spi.EngineProvider;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line: parse, choose the engine, run, map the outcome to a status. Runs
 * in this process ({@link Invocation#ofThisProcess}) or, for the warm-start daemon, on behalf of
 * a client process whose environment, working directory and streams the {@link Invocation} gives.
 */
public final class PyhostCommand {
    static final String VERSION = "0.1.0";
    /** The level logback.xml gives loggers other than pyhost's own: Python's, with --log-to-slf4j. */
    static final String PYTHON_LOG_LEVEL = "pyhost.python.log.level";

    private final Invocation io;
    private final Map<String, String> env;
    private final PrintStream err;
    private final PrintStream out;
    private boolean debug;

    PyhostCommand(Map<String, String> env) {
        this(Invocation.ofThisProcess(env));
    }

    public PyhostCommand(Invocation io) {
        this.io = io;
        this.env = io.env();
        this.err = io.err();
        this.out = io.out();
    }

    /** Runs the command line; the exit status, {@link ExitStatus#DIE_OF_SIGINT} or {@link ExitStatus#IN_PROCESS}. */
    public int run(String[] argv) {
        CommandLine line = CommandLine.split(argv);
        HostOptions opts = new HostOptions();
        picocli.CommandLine parser = new picocli.CommandLine(opts);
        try {
            parser.parseArgs(line.hostOptions().toArray(new String[0]));
        } catch (ParameterException e) {
            err.println(usageError(e, line.hostOptions()));
            err.println("usage: pyhost [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            err.println("Try `pyhost -h' for more information.");
            return ExitStatus.USAGE;
        }
        debug = opts.debug || isSet("PYHOST_DEBUG");
        if (opts.help) {
            parser.usage(out);
            return ExitStatus.OK;
        }
        if (opts.version) {
            printVersions();
            return ExitStatus.OK;
        }
        if (opts.daemon != null) {
            if (io.runner() != null) {
                return ExitStatus.IN_PROCESS;
            }
            return dev.pyhost.cli.daemon.DaemonControl.command(opts.daemon, env, out, err);
        }
        try {
            return runTarget(argv, line, opts);
        } catch (EngineException e) {
            return internalError(e);
        } catch (RuntimeException | Error e) {
            return internalError(e);
        }
    }

    private int runTarget(String[] argv, CommandLine line, HostOptions opts) {
        // the daemon's ready interpreters cannot take flags, and its logging is its own: the
        // client runs those in-process, as it must know before the script is read from stdin
        if (io.runner() != null && (opts.inspect || opts.logToSlf4j || needsOwnInterpreter(opts))) {
            return ExitStatus.IN_PROCESS;
        }
        ResolvedTarget target;
        try {
            target = ResolvedTarget.resolve(line.target(), io.cwd(), io.in(), io.stdinIsTerminal());
        } catch (ResolvedTarget.CannotOpen e) {
            err.println("pyhost: " + e.message(pythonMajorChosenBy(opts.engine)));
            return e.status();
        } catch (IOException e) {
            err.println("pyhost: " + e.getMessage());
            return ExitStatus.USAGE;
        }
        EngineSelection selection;
        try {
            selection = EngineSelector.choose(opts.engine, env.get("PYHOST_ENGINE"), target.sourceForSelection());
        } catch (IllegalArgumentException e) {
            err.println("pyhost: " + e.getMessage());
            return ExitStatus.USAGE;
        }
        String refused = refusedOption(opts, selection.engine().pythonMajor());
        if (refused != null) {
            err.println(refused);
            err.println("usage: pyhost [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            err.println("Try `pyhost -h' for more information.");
            return ExitStatus.USAGE;
        }
        dev.pyhost.InterpreterOptions options = interpreterOptions(opts, selection.engine().pythonMajor());
        boolean unbuffered = opts.unbuffered || (!options.ignoresEnvironment() && isSet("PYTHONUNBUFFERED"));
        boolean interactive = opts.inspect || target.isInteractive();
        if (io.runner() != null) {
            // the daemon has no terminal to give a prompt: the client runs it in-process
            if (interactive) {
                return ExitStatus.IN_PROCESS;
            }
            if (opts.explainEngine) {
                err.println("pyhost: engine " + selection.engine().id() + " (Python " + selection.engine().pythonMajor()
                        + "): " + selection.reason());
            }
            return io.runner().run(selection.engine(), target.mainTarget(), target.argv0(), line.scriptArgs(),
                    pythonPath(options), unbuffered);
        }
        EngineHandover handover = EngineHandover.fromSystemProperties(selection.engine());
        if (handover != null) {
            boolean engineGiven = line.hostOptions().stream().anyMatch(o -> o.startsWith("--engine"));
            try {
                return handover.run(argv, target.consumedStdin(), !engineGiven, engineGiven ? null : selection.reason());
            } catch (IOException e) {
                String name = selection.engine() == Engine.GRAALPY ? "GraalPy" : "Jython";
                err.println("pyhost: cannot start the " + name + " JVM (" + e.getMessage() + "); running " + name + " here");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitStatus.FAILURE;
            }
        }
        if (opts.explainEngine) {
            err.println("pyhost: engine " + selection.engine().id() + " (Python " + selection.engine().pythonMajor()
                    + "): " + System.getProperty(EngineHandover.REASON_PROPERTY, selection.reason()));
        }
        List<String> args = new ArrayList<>(line.scriptArgs());
        if (opts.logToSlf4j && System.getProperty(PYTHON_LOG_LEVEL) == null) {
            System.setProperty(PYTHON_LOG_LEVEL, "TRACE"); // read by logback.xml when SLF4J starts
        }
        try (PyHost host = PyHost.newBuilder()
                .engine(selection.engine())
                .arguments(args)
                .pythonPath(pythonPath(options))
                .unbuffered(unbuffered)
                .options(options)
                .processMain(true)
                .logging(opts.logToSlf4j ? PythonLogging.SLF4J : PythonLogging.PYTHON)
                .build()) {
            SignalBridge.interruptOnCtrlC(host);
            SignalBridge.dieOnTermination();
            int status = runMain(host, target, selection.engine());
            if (interactive && status != ExitStatus.DIE_OF_SIGINT) {
                status = repl(host, selection.engine(), target.isInteractive(), options);
            }
            return status;
        }
    }

    /** The prompt; with nothing run before it, the banner and PYTHONSTARTUP come first, as CPython's. */
    private int repl(PyHost host, Engine engine, boolean fresh, dev.pyhost.InterpreterOptions options) {
        String startup = fresh && !options.ignoresEnvironment() && isSet("PYTHONSTARTUP") ? env.get("PYTHONSTARTUP") : null;
        // the terminal opens (JLine's native access: a few hundred ms on a cold JVM) while the
        // engine starts for the console
        java.util.concurrent.CompletableFuture<org.jline.terminal.Terminal> opening = ReplTerminal.openAsync();
        // a fresh session shows the banner kept from the last one and '>>> ' while the engine
        // starts; the first line typed waits for it
        BannerCache banners = fresh ? BannerCache.of(engine) : null;
        String kept = banners != null && startup == null ? banners.read() : null;
        dev.pyhost.spi.InteractiveConsole console;
        if (kept != null) {
            console = StartingConsole.start(host::console, kept, banners::store);
        } else {
            try {
                console = host.console();
                if (banners != null) {
                    banners.store(console.banner());
                }
            } catch (RuntimeException | Error e) {
                opening.thenAccept(ReplTerminal::closeQuietly);
                throw e;
            }
        }
        try (org.jline.terminal.Terminal terminal = ReplTerminal.await(opening)) {
            return new Repl(host, terminal, ReplHistory.file(home(), engine), err, pythonSees(options))
                    .run(console, fresh && !options.quiet(), startup);
        } catch (IOException e) {
            err.println("pyhost: cannot open the terminal: " + e.getMessage());
            return ExitStatus.FAILURE;
        }
    }

    /** The environment as Python reads it: without its PYTHON* variables under -E or -I. */
    private Map<String, String> pythonSees(dev.pyhost.InterpreterOptions options) {
        if (!options.ignoresEnvironment()) {
            return env;
        }
        Map<String, String> seen = new java.util.HashMap<>(env);
        seen.keySet().removeIf(name -> name.startsWith("PYTHON"));
        return seen;
    }

    private Path home() {
        return Path.of(isSet("HOME") ? env.get("HOME") : System.getProperty("user.home"));
    }

    private int runMain(PyHost host, ResolvedTarget target, Engine engine) {
        try {
            target.runOn(host);
            return ExitStatus.OK;
        } catch (SystemExitException e) {
            return e.exitStatus();
        } catch (PythonException e) {
            if (!e.tracebackText().isEmpty()) {
                err.print(e.tracebackText());
            }
            return e.isKeyboardInterrupt() && engine.pythonMajor() >= 3 ? ExitStatus.DIE_OF_SIGINT : ExitStatus.FAILURE;
        }
    }

    /** The first line of a usage error, worded as CPython (of the chosen engine's version) words it. */
    private String usageError(ParameterException e, List<String> hostOptions) {
        int at = hostOptions.indexOf("--engine");
        boolean python2 = pythonMajorChosenBy(at >= 0 && at + 1 < hostOptions.size() ? hostOptions.get(at + 1) : null) == 2;
        String option = null;
        if (e instanceof picocli.CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            option = u.getUnmatched().get(0);
        } else if (e instanceof picocli.CommandLine.MissingParameterException && !hostOptions.isEmpty()) {
            option = hostOptions.get(hostOptions.size() - 1);
        } else if (e.getArgSpec() != null && e.getArgSpec().isOption()) {
            option = ((picocli.CommandLine.Model.OptionSpec) e.getArgSpec()).longestName();
        }
        if (option == null) {
            return e.getMessage();
        }
        if (option.length() == 2 && "cmWXQ".indexOf(option.charAt(1)) >= 0) {
            return "Argument expected for the " + option + " option"; // a value option at the end
        }
        if (option.startsWith("--") && option.length() > 2) {
            return python2 ? "Unknown option: --" : "unknown option " + option;
        }
        return "Unknown option: " + option;
    }

    /**
     * The Python version the flag or {@code PYHOST_ENGINE} chooses, for messages given before a
     * script is read (CPython 2 and 3 word them differently); 3 when nothing or nonsense chooses.
     */
    private int pythonMajorChosenBy(String engineFlag) {
        try {
            return EngineSelector.choose(engineFlag, env.get("PYHOST_ENGINE"), "").engine().pythonMajor();
        } catch (IllegalArgumentException e) {
            return 3;
        }
    }

    /**
     * An option given that the engine's Python version does not have, worded as its CPython
     * refuses it; null when all are fine.
     */
    private static String refusedOption(HostOptions opts, int major) {
        if (major == 2) {
            if (!opts.xOptions.isEmpty()) {
                return "-X is reserved for implementation-specific arguments";
            }
            if (opts.isolate) {
                return "Unknown option: -I";
            }
            if (opts.safePath) {
                return "Unknown option: -P";
            }
            if (opts.division != null && !List.of("old", "new", "warn", "warnall").contains(opts.division)) {
                return "-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only";
            }
            return null;
        }
        if (opts.py3kWarning) {
            return "Unknown option: -3";
        }
        if (opts.division != null) {
            return "Unknown option: -Q";
        }
        return null;
    }

    /** The flags, with what {@code PYTHONWARNINGS} and {@code PYTHONDONTWRITEBYTECODE} add unless -E or -I. */
    /**
     * Flags, or PYTHONWARNINGS: what an interpreter must be made with. PYTHONDONTWRITEBYTECODE
     * alone does not count (a daemon's run does without it, as before flags were read).
     */
    private boolean needsOwnInterpreter(HostOptions opts) {
        dev.pyhost.InterpreterOptions given = opts.interpreterOptions();
        return given.any() || !given.ignoresEnvironment() && isSet("PYTHONWARNINGS");
    }

    private dev.pyhost.InterpreterOptions interpreterOptions(HostOptions opts, int major) {
        dev.pyhost.InterpreterOptions o = opts.interpreterOptions();
        if (o.ignoresEnvironment()) {
            return o;
        }
        List<String> warnings = new ArrayList<>();
        if (isSet("PYTHONWARNINGS")) {
            Arrays.stream(env.get("PYTHONWARNINGS").split(",")).map(String::trim).filter(w -> !w.isEmpty())
                    .forEach(warnings::add);
        }
        // CPython 3 puts PYTHONWARNINGS before the -W options, CPython 2 after them
        List<String> all = new ArrayList<>(major >= 3 ? warnings : o.warnOptions());
        all.addAll(major >= 3 ? o.warnOptions() : warnings);
        return new dev.pyhost.InterpreterOptions(o.ignoreEnvironment(), o.isolate(), o.noSite(), o.noUserSite(),
                o.dontWriteBytecode() || isSet("PYTHONDONTWRITEBYTECODE"), o.quiet(), o.safePath(), o.optimize(),
                o.verbose(), o.bytesWarning(), o.py3kWarning(), o.division(), all, o.xOptions());
    }

    private List<Path> pythonPath(dev.pyhost.InterpreterOptions options) {
        if (options.ignoresEnvironment()) {
            return List.of();
        }
        String pp = env.get("PYTHONPATH");
        if (pp == null || pp.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(pp.split(":")).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    private void printVersions() {
        out.println("pyhost " + VERSION);
        for (Engine e : Engine.values()) {
            String line = Engines.find(e).map(EngineProvider::versionLine).orElse(e.id() + " (not installed)");
            out.println("  " + line + " — Python " + e.pythonMajor());
        }
    }

    private int internalError(Throwable e) {
        String what = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("pyhost: internal error: " + what.lines().findFirst().orElse(what));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("pyhost: run with --debug (or PYHOST_DEBUG=1) to see the Java stack trace");
        }
        return ExitStatus.FAILURE;
    }

    private boolean isSet(String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
