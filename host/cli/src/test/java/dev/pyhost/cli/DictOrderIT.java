package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dict or set iterates in CPython 2.7's order on Jython: scripts of dict and set operations print
 * the same under {@code ./pyhost} as under CPython 2.7 (skipped where that is not installed). Stock
 * Jython iterates in its Java maps' order, which no seed here matches.
 */
class DictOrderIT {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path CPYTHON2 = Path.of(System.getProperty("user.home"), ".pyenv/versions/2.7.18/bin/python");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"operations.py, 1", "operations.py, 2", "operations.py, 3", "operations.py, 4", "keywords.py, 0",
            "sets.py, 1", "sets.py, 2", "sets.py, 3", "defaultdict.py, 0",
            "attributes.py, 0", "churn.py, 0"})
    void printsAsCPython27(String script, String seed) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPYTHON2), "CPython 2.7 at " + CPYTHON2);
        Path file = Path.of("src/test/resources/dict-order", script).toAbsolutePath();
        String expected = run(List.of(CPYTHON2.toString(), file.toString(), seed));
        String actual = run(List.of(ROOT.resolve("pyhost").toString(), "--engine", "jython", file.toString(), seed));
        assertThat(actual).isEqualTo(expected);
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PYHOST_DAEMON", "off");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("ended: %s", command).isTrue();
        return out.get().replaceFirst("^pyhost: building the distribution \\(once\\)\\.\\.\\.\n(\u001b\\[0m)*", "");
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
