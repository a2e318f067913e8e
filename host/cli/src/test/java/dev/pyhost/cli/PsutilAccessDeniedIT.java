package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * psutil refuses what the kernel refuses: run as an unprivileged user (uid 65534, through
 * setpriv), the attributes of pid 1 that need privileges raise {@code AccessDenied} with real
 * psutil's repr and str, the others answer, and {@code ad_value} stands in for refused values in
 * {@code process_iter}. The reference is CPython 3 with Debian's psutil, run as the same user.
 */
class PsutilAccessDeniedIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path PYTHON3 = Path.of("/usr/bin/python3");
    static final String NOBODY = "65534";

    @TempDir
    static Path dir;

    static Path script;
    static String expected;

    @BeforeAll
    static void realPsutilAsNobody() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv");
        assumeTrue(Files.isExecutable(PYTHON3) && run(List.of(PYTHON3.toString(), "-c", "import psutil")).exit == 0,
                "needs CPython 3 with psutil (python3-psutil)");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        script = dir.resolve("access_denied.py");
        try (InputStream in = PsutilAccessDeniedIT.class.getResourceAsStream("/psutil/access_denied.py")) {
            Files.write(script, in.readAllBytes());
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        assumeTrue(run(asNobody(List.of("test", "-x", ROOT.resolve("pyhost").toString()))).exit == 0,
                "the checkout is not readable by uid " + NOBODY);
        Result real = run(asNobody(List.of(PYTHON3.toString(), script.toString())));
        assertThat(real.exit).as(real.out).isZero();
        assertThat(real.out).contains("AccessDenied"); // the reference did meet refusals
        expected = real.out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jython", "graalpy"})
    void refusalsMatchRealPsutil(String engine) throws Exception {
        Result r = run(asNobody(List.of(ROOT.resolve("pyhost").toString(), "--engine", engine, script.toString())));
        assertThat(r.out).isEqualTo(expected);
        assertThat(r.exit).isZero();
    }

    private static List<String> asNobody(List<String> command) {
        List<String> all = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "env", "HOME=" + dir, "XDG_CACHE_HOME=" + dir.resolve("cache"), "PYHOST_DAEMON=off",
                // no ahead-of-time cache training in the background, still writing in dir when
                // the test ends and dir is deleted
                "PYHOST_AOT=off"));
        all.addAll(command);
        return all;
    }

    record Result(int exit, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.directory(dir.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
