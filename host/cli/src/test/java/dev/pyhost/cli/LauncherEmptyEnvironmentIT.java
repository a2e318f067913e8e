package dev.pyhost.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sys.executable started with an empty environment, as {@code subprocess.Popen([sys.executable,
 * ...], env={})} starts it (CPython's test_subprocess.test_empty_env): the launcher, which has no
 * HOME then, still runs the script.
 */
class LauncherEmptyEnvironmentIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pyhost2", "pyhost3"})
    void runsWithoutHome(String launcher) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin").resolve(launcher).toString(), "-c",
                "import os; print('HOME' in os.environ)")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("False");
        assertThat(p.exitValue()).isZero();
    }
}
