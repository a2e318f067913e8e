package dev.pyhost.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands a GraalPy run to a JVM of its own. The launcher starts a JVM whose ahead-of-time cache
 * holds the command line and Jython; GraalPy's classes start fast only from a cache trained on
 * GraalPy, and its JIT needs a JVM without any cache (the compiler sits on the upgrade module
 * path, which the cache refuses). When the script turns out to be Python 3, this JVM starts that
 * one with the same arguments, streams and working directory, waits, and ends with its status.
 * Costs one fast JVM start on top of GraalPy's.
 *
 * <p>The launcher describes the GraalPy JVM in the system property {@code pyhost.graalpy.command}
 * (the java command and its options, one per line; a property, so scripts never see it in their
 * environment); without it, or in that JVM itself, there is nothing to hand over.
 */
final class GraalPyHandover {
    static final String COMMAND_PROPERTY = "pyhost.graalpy.command";

    private final List<String> javaCommand;

    private GraalPyHandover(List<String> javaCommand) {
        this.javaCommand = javaCommand;
    }

    /** The handover the launcher asked for, or null when this JVM should run GraalPy itself. */
    static GraalPyHandover fromSystemProperties() {
        String command = System.getProperty(COMMAND_PROPERTY);
        if (command == null || command.isBlank()) {
            return null;
        }
        return new GraalPyHandover(command.lines().filter(l -> !l.isEmpty()).toList());
    }

    /**
     * Runs {@code pyhost --engine graalpy ARGS} in the GraalPy JVM.
     *
     * @param consumedStdin standard input this JVM already read (piped source), given to the
     *                      child in its place; null when stdin was not touched
     * @param chooseEngine  add {@code --engine graalpy} (the user gave no {@code --engine})
     * @return the child's exit status, or a {@code DIE_OF_*} one when it died of SIGINT, SIGTERM or SIGHUP
     */
    int run(String[] args, byte[] consumedStdin, boolean chooseEngine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand);
        command.add("dev.pyhost.cli.Main");
        if (chooseEngine) {
            command.add("--engine");
            command.add("graalpy");
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
