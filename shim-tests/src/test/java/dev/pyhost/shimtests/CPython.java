package dev.pyhost.shimtests;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real CPython, the oracle: runs the same snippet a shim test runs under pyhost. Checks against it
 * are skipped (not passed) on machines without that CPython.
 */
public final class CPython {
    private static final List<Path> PYTHON2 = List.of(
            Path.of(System.getProperty("user.home"), ".pyenv/versions/2.7.18/bin/python2.7"),
            Path.of("/usr/bin/python2.7"));
    private static final List<Path> PYTHON3 = List.of(Path.of("/usr/bin/python3"));

    private CPython() {
    }

    /** The interpreter for a major version, or a skipped test when the machine has none. */
    public static Path interpreter(int major) {
        for (Path p : major == 2 ? PYTHON2 : PYTHON3) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        Assumptions.abort("no CPython " + major + " on this machine");
        throw new AssertionError("unreachable");
    }

    /** Runs {@code code} with CPython of the given major version in {@code cwd}; returns its stdout. */
    public static String run(int major, String code, Path cwd) {
        try {
            // in a folder of its own: the script's folder comes first on sys.path, and any stray
            // module in the shared temporary folder (an idna.py, a select.py) would shadow the
            // library's own
            Path folder = Files.createTempDirectory("cpython");
            Path script = Files.createTempFile(folder, "cpython", ".py");
            Files.writeString(script, code, StandardCharsets.UTF_8);
            Path out = Files.createTempFile("cpython", ".out");
            try {
                ProcessBuilder pb = new ProcessBuilder(interpreter(major).toString(), script.toString())
                        .directory(cwd.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                if (!p.waitFor(2, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("CPython did not finish: " + code);
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(script);
                Files.deleteIfExists(folder);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
