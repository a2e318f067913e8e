package dev.pyhost.cli;

import dev.pyhost.Engine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands a run to the JVM made for its engine. The launcher starts a JVM whose ahead-of-time cache
 * holds the command line and Jython; GraalPy's classes start fast only from a cache trained on
 * GraalPy, and its JIT needs a JVM without any cache (the compiler sits on the upgrade module
 * path, which the cache refuses). When the script turns out to be Python 3, this JVM starts that
 * one with the same arguments, streams and working directory, waits, and ends with its status.
 * Costs one fast JVM start on top of GraalPy's.
 *
 * <p>A script with no sign of Python 2 that the launcher can see (it greps for the constructs
 * {@link dev.pyhost.EngineSelector} looks for) starts in the GraalPy JVM instead, which hands the
 * run to the Jython JVM in the rare case that the full selection finds Python 2 after all.
 *
 * <p>The launcher describes the other JVM in the system property {@code pyhost.graalpy.command}
 * or {@code pyhost.jython.command} (the java command and its options, one per line; a property,
 * so scripts never see it in their environment); without it, or in that JVM itself, there is
 * nothing to hand over.
 */
final class EngineHandover {
    /** Set in the JVM a run was handed to: why the JVM that handed it over chose the engine. */
    static final String REASON_PROPERTY = "pyhost.engine.reason";

    private final Engine engine;
    private final List<String> javaCommand;

    private EngineHandover(Engine engine, List<String> javaCommand) {
        this.engine = engine;
        this.javaCommand = javaCommand;
    }

    /** The system property naming the JVM for {@code engine}. */
    static String commandProperty(Engine engine) {
        return "pyhost." + engine.id() + ".command";
    }

    /** The handover to {@code engine}'s JVM the launcher asked for, or null when this JVM runs it. */
    static EngineHandover fromSystemProperties(Engine engine) {
        String command = System.getProperty(commandProperty(engine));
        if (command == null || command.isBlank()) {
            return null;
        }
        return new EngineHandover(engine, command.lines().filter(l -> !l.isEmpty()).toList());
    }

    /**
     * Runs {@code pyhost --engine ENGINE ARGS} in the engine's JVM.
     *
     * @param consumedStdin standard input this JVM already read (piped source), given to the
     *                      child in its place; null when stdin was not touched
     * @param chooseEngine  add {@code --engine ENGINE} (the user gave no {@code --engine})
     * @param reason        why this JVM chose the engine, for the other's {@code --explain-engine}
     * @return the child's exit status, or a {@code DIE_OF_*} one when it died of SIGINT, SIGTERM or SIGHUP
     */
    int run(String[] args, byte[] consumedStdin, boolean chooseEngine, String reason) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand);
        if (reason != null) {
            command.add("-D" + REASON_PROPERTY + "=" + reason);
        }
        command.add("dev.pyhost.cli.Main");
        if (chooseEngine) {
            command.add("--engine");
            command.add(engine.id());
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (consumedStdin != null) {
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        }
        // Ctrl-C at a terminal reaches the child directly (same process group): this JVM only
        // waits for it, and must not end first
        SignalBridge.ignoreCtrlC();
        Process child = pb.start();
        if (consumedStdin != null) {
            try (OutputStream in = child.getOutputStream()) {
                in.write(consumedStdin);
            } catch (IOException e) {
                // the child ended without reading its input
            }
        }
        // a SIGTERM or SIGHUP sent to this JVM ('kill PID', Popen.terminate()) is for the run:
        // the child gets it, and this JVM ends as the child did
        SignalBridge.forwardTermination(child::destroy);
        int status = child.waitFor();
        return switch (status) { // the JDK reports a death by signal N as 128 + N
            case 128 + 1 -> ExitStatus.DIE_OF_SIGHUP;
            case 128 + 2 -> ExitStatus.DIE_OF_SIGINT;
            case 128 + 13 -> ExitStatus.DIE_OF_SIGPIPE;
            case 128 + 15 -> ExitStatus.DIE_OF_SIGTERM;
            default -> status;
        };
    }
}
