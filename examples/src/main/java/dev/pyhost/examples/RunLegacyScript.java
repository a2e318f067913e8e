package dev.pyhost.examples;

import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import dev.pyhost.SystemExitException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a Python 2 script file (chosen by its syntax: Jython), with its standard output and error
 * captured in memory, and reports how it ended.
 *
 * <pre>
 * java dev.pyhost.examples.RunLegacyScript [SCRIPT.py] [ARG ...]
 * </pre>
 *
 * Without a script it runs the bundled {@code nightly_check.py} three times: a clean run, a run
 * ending in {@code sys.exit(12)}, and a run ending in an uncaught {@code KeyError}.
 */
public final class RunLegacyScript {
    private RunLegacyScript() {
    }

    /**
     * How a run ended.
     *
     * @param stdout     everything the script printed on {@code sys.stdout}
     * @param stderr     everything it printed on {@code sys.stderr}
     * @param exitStatus the status {@code python script.py} would exit with
     * @param errorType  {@code SystemExit}, the uncaught exception's type, or null for a clean end
     * @param traceback  the uncaught exception's traceback as CPython prints it, or null
     */
    public record Outcome(String stdout, String stderr, int exitStatus, String errorType, String traceback) {
    }

    /** Runs {@code script} with {@code sys.argv[1:] = args}, in the script's folder. */
    public static Outcome run(Path script, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = 0;
        String type = null;
        String traceback = null;
        Path dir = script.toAbsolutePath().getParent();
        try (PyHost py = PyHost.newBuilder()
                .workingDirectory(dir)
                .arguments(args)
                .stdout(out)
                .stderr(err)
                .build()) {
            py.run(script.getFileName());
        } catch (SystemExitException e) {
            status = e.exitStatus();
            type = "SystemExit";
            if (e.printedMessage() != null) {
                traceback = e.printedMessage();
            }
        } catch (PythonException e) {
            status = e.exitStatus();
            type = e.pythonType();
            traceback = e.tracebackText();
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                status, type, traceback);
    }

    /** Copies the bundled demo script into {@code dir} and returns its path. */
    public static Path bundledScript(Path dir) {
        try (InputStream in = RunLegacyScript.class.getResourceAsStream("nightly_check.py")) {
            if (in == null) {
                throw new IllegalStateException("nightly_check.py is missing from the class path");
            }
            Path script = dir.resolve("nightly_check.py");
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(Outcome o) {
        System.out.println("--- captured stdout:");
        System.out.print(o.stdout());
        System.out.println("--- captured stderr:");
        System.out.print(o.stderr());
        System.out.println("--- exit status " + o.exitStatus()
                + (o.errorType() == null ? "" : " (" + o.errorType() + ")"));
        if (o.traceback() != null) {
            System.out.print(o.traceback());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            Outcome o = run(Path.of(args[0]), rest);
            print(o);
            System.exit(o.exitStatus());
        }
        Path dir = Files.createTempDirectory("pyhost-example-");
        Path script = bundledScript(dir);
        for (String mode : new String[] {"ok", "warn", "crash"}) {
            System.out.println("=== nightly_check.py " + mode + " db01 web1 app");
            print(run(script, mode, "db01", "web1", "app"));
        }
        Files.delete(script);
        Files.delete(dir);
    }
}
