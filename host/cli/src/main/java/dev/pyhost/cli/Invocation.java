package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.spi.MainTarget;
import dev.pyhost.spi.Terminals;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The process a command line runs for: this JVM's own, or a warm-start daemon's client.
 *
 * @param env             the process's environment
 * @param cwd             its working directory
 * @param in              its standard input
 * @param out             where pyhost's own messages to stdout go ({@code -h}, {@code -V})
 * @param err             where pyhost's own messages to stderr go
 * @param stdinIsTerminal standard input is a terminal (no target given: the prompt, not piped source)
 * @param runner          runs the chosen target on a warm host (the daemon); null: this process
 *                        builds its own {@code PyHost} with its own streams
 */
public record Invocation(Map<String, String> env, Path cwd, InputStream in, PrintStream out, PrintStream err,
                         boolean stdinIsTerminal, Runner runner) {

    /** Runs a resolved target for a client process, and returns its exit status. */
    public interface Runner {
        /**
         * @param engine     the engine chosen for the script
         * @param target     what runs as {@code __main__}
         * @param argv0      {@code sys.argv[0]}
         * @param arguments  {@code sys.argv[1:]}
         * @param pythonPath {@code PYTHONPATH}'s folders
         * @param unbuffered {@code -u} or {@code PYTHONUNBUFFERED}
         * @return the exit status, or {@link ExitStatus#DIE_OF_SIGINT}
         */
        int run(Engine engine, MainTarget target, String argv0, List<String> arguments, List<Path> pythonPath,
                boolean unbuffered);
    }

    static Invocation ofThisProcess(Map<String, String> env) {
        return new Invocation(env, Path.of("").toAbsolutePath(), System.in, System.out, System.err,
                Terminals.isTerminal(0), null);
    }
}
