package dev.pyhost.shimtests.gevent;

import dev.pyhost.shimtests.CPython;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The real greenlet, gevent and eventlet on CPython 3, the oracle for pyhost's versions on both
 * engines (there is no Python 2 edition of them at hand; the snippets keep to the common subset of
 * Python 2 and 3, so Jython runs them too). Checks are skipped where the libraries are missing.
 */
public final class RealLibraries {
    private static final Map<String, Boolean> PRESENT = new HashMap<>();

    private RealLibraries() {
    }

    /** What {@code code} prints under CPython 3 with the real libraries; skips the test without them. */
    public static String run(String code, String... modules) {
        for (String m : modules) {
            Assumptions.assumeTrue(present(m), "real " + m + " is not installed for CPython 3");
        }
        return runIsolated(code);
    }

    /**
     * Runs the snippet from a folder of its own: a script's folder comes first on sys.path, and
     * the shared temporary folder may hold other people's {@code .py} files that shadow modules.
     */
    private static String runIsolated(String code) {
        try {
            Path dir = Files.createTempDirectory("reallib");
            try {
                Path script = dir.resolve("snippet.py");
                Path out = dir.resolve("stdout.txt");
                Files.writeString(script, code, StandardCharsets.UTF_8);
                ProcessBuilder pb = new ProcessBuilder(CPython.interpreter(3).toString(), script.toString())
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                if (!p.waitFor(2, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("CPython did not finish: " + code);
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static synchronized boolean present(String module) {
        return PRESENT.computeIfAbsent(module, m -> runIsolated(
                "try:\n    import " + m + "\n    print('yes')\nexcept ImportError:\n    print('no')\n")
                .strip().equals("yes"));
    }

}
