package dev.pyhost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A script's output (stdout and stderr) under CPython 2.7 and under {@code ./pyhost} on Jython. */
final class CPython27Output {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path CPYTHON2 = Path.of(System.getProperty("user.home"), ".pyenv/versions/2.7.18/bin/python");

    private CPython27Output() {
    }

    static String cpython(Path script, String... args) throws Exception {
        return run(concat(List.of(CPYTHON2.toString(), script.toString()), args));
    }

    static String pyhost(Path script, String... args) throws Exception {
        return run(concat(List.of(ROOT.resolve("pyhost").toString(), "--engine", "jython", script.toString()), args));
    }

    private static List<String> concat(List<String> command, String... args) {
        return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(args)).toList();
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
