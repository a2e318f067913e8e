package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the {@code pyhost} launcher hands to the JVM, seen by a stand-in {@code java} that prints
 * its working folder, OLDPWD and arguments instead of starting: the JDK it picks from a
 * {@code release} file, the checkout it finds through a symlink, the caller's folder and OLDPWD
 * kept, and an ahead-of-time cache trained in the background and used by the next run.
 */
class LauncherJvmCommandIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final String FAKE_JAVA = """
            #!/bin/sh
            mode=
            for a; do [ "$a" = -XX:AOTMode=create ] && mode=create; done
            if [ -n "$mode" ]; then
              for a; do case $a in -XX:AOTCache=*) : > "${a#-XX:AOTCache=}" ;; esac; done
              exit 0
            fi
            for a; do [ "$a" = -XX:AOTMode=record ] && exit 0; done
            echo "cwd=$(pwd -P)"
            echo "oldpwd=${OLDPWD-<unset>}"
            for a; do echo "arg=$a"; done
            """;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void distributionBuilt() throws Exception {
        // a first real run builds the distribution when needed; a stand-in java could not
        Process p = new ProcessBuilder(ROOT.resolve("pyhost").toString(), "--engine", "jython", "-c", "pass")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
    }

    private static Path jdk(String name, String releaseLine) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\n" + releaseLine + "\nOS_NAME=\"Linux\"\n");
        return home;
    }

    private static List<String> run(Path launcher, Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(Map.of("PYHOST_DAEMON", "off", "PYHOST_AOT", "off"));
        pb.environment().remove("OLDPWD");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void runsTheJdkOfJavaHomeInTheCallersFolderThroughASymlink() throws Exception {
        Path jdk = jdk("jdk-25", "JAVA_VERSION=\"25.0.1\"");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("pyhost"), ROOT.resolve("pyhost"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        List<String> out = run(link, work, Map.of("JAVA_HOME", jdk.toString(), "OLDPWD", elsewhere.toString()),
                "script.py", "a b");

        assertThat(out).contains("cwd=" + work.toRealPath(), "oldpwd=" + elsewhere,
                "arg=-Dpyhost.home=" + ROOT.toRealPath(), "arg=dev.pyhost.cli.Main", "arg=script.py", "arg=a b");
        assertThat(out).anyMatch(l -> l.startsWith("arg=-Dpyhost.graalpy.command=" + jdk.resolve("bin/java")));
    }

    @Test
    void keepsOldpwdUnsetWhenTheCallerHadNone() throws Exception {
        Path jdk = jdk("jdk-21", "JAVA_VERSION=\"21\"");
        assertThat(run(ROOT.resolve("pyhost"), tmp, Map.of("JAVA_HOME", jdk.toString()), "x.py"))
                .contains("cwd=" + tmp.toRealPath(), "oldpwd=<unset>");
    }

    @Test
    void passesOverAJavaHomeOlderThan21() throws Exception {
        for (String release : List.of("JAVA_VERSION=\"17.0.15\"", "JAVA_VERSION=\"1.8.0_392\"", "")) {
            Path jdk = jdk("old-" + release.hashCode(), release);
            // another JDK runs it for real, the stand-in never
            List<String> out = run(ROOT.resolve("pyhost"), tmp, Map.of("JAVA_HOME", jdk.toString()),
                    "--engine", "jython", "-c", "print 'real'");
            assertThat(out).as(release).contains("real").noneMatch(l -> l.startsWith("cwd="));
        }
    }

    @Test
    void trainsTheAheadOfTimeCacheInTheBackgroundAndUsesItNextTime() throws Exception {
        Path jdk = jdk("jdk-25-aot", "JAVA_VERSION=\"25\"");
        Path cache = tmp.resolve("xdg-cache");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", cache.toString(),
                "PYHOST_AOT", "on");
        assertThat(run(ROOT.resolve("pyhost"), tmp, env, "x.py")).noneMatch(l -> l.contains("-XX:AOTCache="));
        Path aot = cache.resolve("pyhost/aot");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !trained(aot)) {
            Thread.sleep(100);
        }
        assertThat(trained(aot)).as("both caches made, the training's lock gone").isTrue();

        List<String> out = run(ROOT.resolve("pyhost"), tmp, env, "x.py");

        assertThat(out).anyMatch(l -> l.matches("arg=-XX:AOTCache=.*/pyhost/aot/pyhost-[0-9]+-jython\\.aot"));
        // the GraalPy JVM's command, one option a line
        assertThat(out).anyMatch(l -> l.matches("-XX:AOTCache=.*/pyhost/aot/pyhost-[0-9]+-graalpy\\.aot"));
    }

    private static boolean trained(Path aot) throws IOException {
        if (!Files.isDirectory(aot)) {
            return false;
        }
        try (var files = Files.list(aot)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return names.stream().filter(n -> n.endsWith(".aot")).count() == 2
                    && names.stream().noneMatch(n -> n.endsWith(".lock"));
        }
    }
}
