package dev.pyhost.shimtests.logging;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.shimtests.CPython;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Python 3 edition of the PS1.2 daemon's start-up (configparser with extended interpolation
 * and the mapping protocol, logging through dictConfig with a '{' style file format and a console
 * handler, an exception logged) prints what CPython 3 prints, the same script file run by both.
 */
class ConfigLoggingScriptTest {
    private static final String SCRIPT = "config_logging3.py";

    @Test
    void python3EditionOfThePs12StartUpMatchesCPython(@TempDir Path dir) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(SCRIPT)) {
            Files.write(dir.resolve(SCRIPT), in.readAllBytes());
        }
        String expected = cpython(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PyHost host = PyHost.newBuilder().engine(Engine.GRAALPY).workingDirectory(dir).stdout(out).build()) {
            host.run(dir.resolve(SCRIPT));
            host.flush();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static String cpython(Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("cpython.out");
        Process p = new ProcessBuilder(CPython.interpreter(3).toString(), dir.resolve(SCRIPT).toString()).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("CPython did not finish");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
