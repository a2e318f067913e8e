package dev.pyhost;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable settings of one {@link PyHost}, as its {@link PyHost.Builder} made them.
 *
 * @param engine           the engine, or empty to choose per script ({@link EngineSelector})
 * @param workingDirectory the script's initial {@code os.getcwd()}
 * @param environment      the script's {@code os.environ}
 * @param arguments        {@code sys.argv[1:]}
 * @param stdin            standard input, or {@code null} for the process's own
 * @param stdout           standard output, or {@code null} for the process's own
 * @param stderr           standard error, or {@code null} for the process's own
 * @param pythonPath       folders put on {@code sys.path} after the script's folder
 * @param unbuffered       {@code python -u}: no buffering on stdout and stderr
 * @param processMain      the host is the process's main program (the command line): Ctrl-C
 *                         becomes {@code KeyboardInterrupt} and stdout is buffered as CPython
 *                         buffers it for a terminal or a pipe
 * @param terminals        which of the streams given (0 stdin, 1 stdout, 2 stderr) the script
 *                         sees as terminals ({@code isatty()}); the process's own streams
 *                         answer for themselves
 * @param logging          where Python's log records go
 * @param executable       {@code sys.executable}: a program that runs Python of the engine's
 *                         version on the same engine, "" when there is none (CPython's value
 *                         when it cannot tell its own program), or null for the default
 *                         ({@link #executableFor})
 * @param options          the interpreter's command-line flags
 * @since 0.1
 */
public record HostConfig(Optional<Engine> engine, Path workingDirectory, Map<String, String> environment,
                         List<String> arguments, InputStream stdin, OutputStream stdout, OutputStream stderr,
                         List<Path> pythonPath, boolean unbuffered, boolean processMain, Set<Integer> terminals,
                         PythonLogging logging, String executable, InterpreterOptions options) {
    public HostConfig {
        terminals = Set.copyOf(terminals);
        environment = Map.copyOf(environment);
        arguments = List.copyOf(arguments);
        pythonPath = List.copyOf(pythonPath);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        logging = logging == null ? PythonLogging.PYTHON : logging;
        options = options == null ? InterpreterOptions.NONE : options;
    }

    /** The system property naming pyhost's folder, whose {@code bin/} holds a launcher per engine. */
    public static final String HOME_PROPERTY = "pyhost.home";

    /**
     * {@code sys.executable} for a script on the engine: the one given, else pyhost's launcher
     * for the engine's Python version ({@code bin/pyhost2}, {@code bin/pyhost3} under the folder
     * {@link #HOME_PROPERTY} names), else "".
     */
    public String executableFor(Engine engine) {
        if (executable != null) {
            return executable;
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isEmpty()) {
            return "";
        }
        return Path.of(home, "bin", "pyhost" + engine.pythonMajor()).toString();
    }

    /**
     * {@code PYTHONIOENCODING} of the script's environment ({@code encoding[:errors]}), as the
     * interpreter applies it to its standard streams; empty when it is unset or empty, or when the
     * flags say to ignore the environment ({@code -E}, {@code -I}).
     */
    public Optional<String> ioEncoding() {
        String value = environment.get("PYTHONIOENCODING");
        if (value == null || value.isEmpty() || options.ignoresEnvironment()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
