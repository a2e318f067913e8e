package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.CPython;
import dev.pyhost.shimtests.SharedHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * os.dup and os.dup2 on the standard descriptors under Jython. Where the session's streams are the
 * process's own (a script run by the launcher) the daemon idiom redirects what the script prints
 * afterwards, its os.write(1, ...) and its children's output, and a saved descriptor brings the
 * stream back: the same script run by CPython 2 and by pyhost in a JVM of its own, with the same
 * files as standard streams, prints the same. Where they are not (a daemon's run, an embedding
 * host, this suite's shared host), the calls refuse with EOPNOTSUPP instead of moving the host's.
 */
class JythonStandardStreamsDupTest {
    private static final String SCRIPT = "os_descriptors_std.py";

    @Test
    void daemonIdiomRedirectsTheProcesssStandardStreamsAsCPython(@TempDir Path dir) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(SCRIPT)) {
            Files.write(dir.resolve(SCRIPT), in.readAllBytes());
        }
        Files.writeString(dir.resolve("input"), "typed input\n");
        String expected = run(dir, "cpython", List.of(CPython.interpreter(2).toString(), dir.resolve(SCRIPT).toString()));
        List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Xss16m",
                "-cp", System.getProperty("java.class.path"), InheritedStreamsMain.class.getName(),
                dir.resolve(SCRIPT).toString()));
        if (Runtime.version().feature() >= 24) {
            jvm.add(1, "--sun-misc-unsafe-memory-access=allow");
        }
        String actual = run(dir, "pyhost", jvm);
        assertThat(expected).contains("after restore");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void standardStreamsThatAreNotTheProcesssAreNotMoved() {
        SharedHosts.Captured host = SharedHosts.of(Engine.JYTHON);
        String out = host.run("import os, sys\n"
                + "for f in (lambda: os.dup(1), lambda: os.dup(sys.stdout.fileno()), lambda: os.dup2(open(os.devnull, 'w').fileno(), 2)):\n"
                + "    try:\n"
                + "        f()\n"
                + "    except OSError as e:\n"
                + "        print(e.errno)\n"
                + "print(os.write(1, 'os.write(1) reaches the session stream\\n'))\n");
        assertThat(out).isEqualTo("95\n95\n95\nos.write(1) reaches the session stream\n39\n");
    }

    private static String run(Path dir, String name, List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve(name + ".out");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(dir.resolve("input").toFile())
                .redirectOutput(out.toFile()).redirectError(dir.resolve(name + ".err").toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish");
        }
        assertThat(p.exitValue()).as("%s's exit status; stderr: %s", name, Files.readString(dir.resolve(name + ".err"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
