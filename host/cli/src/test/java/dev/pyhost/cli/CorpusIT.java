package dev.pyhost.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared corpus scripts that pyhost runs like CPython, each through the corpus harness
 * ({@code ../shared/corpus/run-corpus --runner ./pyhost FILE}), which compares stdout and the exit
 * status with CPython's recorded ones. A script joins {@code corpus-passing.txt} when it passes.
 */
class CorpusIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("../shared/corpus").normalize();

    /** The scripts listed in {@code corpus-passing.txt}, one per line; {@code #} starts a comment. */
    static Stream<String> passingScripts() throws IOException {
        try (var in = CorpusIT.class.getResourceAsStream("/corpus-passing.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingScripts")
    void corpusScriptMatchesCPython(String script) throws IOException, InterruptedException {
        assertThat(CORPUS.resolve(script)).isRegularFile();
        Path log = Files.createTempFile("corpus", ".log");
        Process p = new ProcessBuilder("bash", CORPUS.resolve("run-corpus").toString(), "-v",
                "--runner", ROOT.resolve("pyhost").toString(), CORPUS.resolve(script).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(output).as(output).contains("PASS ").endsWith("1 passed, 0 failed\n");
        assertThat(p.exitValue()).isZero();
    }
}
