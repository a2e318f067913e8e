package dev.pyhost.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared corpus scripts that pyhost runs like CPython, each through the corpus harness
 * ({@code ../shared/corpus/run-corpus --runner ./pyhost FILE}), which compares stdout and the exit
 * status with CPython's recorded ones. A script joins this list when it passes.
 */
class CorpusIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("../shared/corpus").normalize();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "py2/hello_world.py",
            "py2/os_module.py",
            "py2/basics.py",
            "py2/config_logging.py",
            "py2/xml_daemon.py",
            "py2/select_echo.py",
            "py2/threads.py",
            "py3/yield_baozi.py",
            "py3/selectors_echo.py",
    })
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
