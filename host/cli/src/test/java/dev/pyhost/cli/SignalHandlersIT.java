package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals as the process's main program meets them, output and exit status against CPython's
 * (2.7 for Jython, 3 for GraalPy; skipped where that is not installed):
 * <ul>
 *   <li>{@code handlers_py2.py}: on Jython a Python handler runs in the main thread with the frame
 *   it interrupted, so what it raises ({@code SystemExit}) ends a busy loop there; a signal cuts
 *   {@code time.sleep} short, {@code signal.pause()} waits for one; another thread's sleep is left
 *   alone (Jython ran handlers on the JVM's signal thread, and had no {@code pause});</li>
 *   <li>{@code alarm_timeout.py}: the timeout idiom, a handler raising out of {@code sleep} and out
 *   of a busy loop;</li>
 *   <li>{@code alarm_default.py}: {@code signal.alarm} with no handler kills the process by SIGALRM
 *   (Jython printed "Alarm clock" and exited 0; GraalPy printed a Java stack trace and went on);</li>
 *   <li>{@code alarm_handled.py}: a handler runs, and {@code alarm} answers the seconds left;</li>
 *   <li>{@code itimer.py}: {@code setitimer}/{@code getitimer} (Jython had none; GraalPy's timer
 *   went on silently with no handler set), {@code ItimerError};</li>
 *   <li>{@code pause.py}: {@code signal.pause()} returns once a handler ran, or leaves with what it
 *   raised (neither engine had one);</li>
 *   <li>{@code siginterrupt_py2.py}: Jython had no {@code siginterrupt}.</li>
 * </ul>
 */
class SignalHandlersIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path PYTHON3 = Path.of("/usr/bin/python3");

    @ParameterizedTest
    @CsvSource({"handlers_py2.py, 2", "alarm_timeout.py, 2", "alarm_timeout.py, 3", "alarm_default.py, 2",
            "alarm_default.py, 3", "alarm_handled.py, 2", "alarm_handled.py, 3", "itimer.py, 2", "itimer.py, 3", "pause.py, 2", "pause.py, 3", "siginterrupt_py2.py, 2"})
    void asCPython(String script, int python) throws Exception {
        Path cpython = python == 2 ? CPython27Output.CPYTHON2 : PYTHON3;
        Assumptions.assumeTrue(Files.isExecutable(cpython), "CPython at " + cpython);
        Path file = Path.of("src/test/resources/signals", script).toAbsolutePath();
        String launcher = ROOT.resolve(python == 2 ? "bin/pyhost2" : "bin/pyhost3").toString();
        assertThat(run(List.of(launcher, file.toString()))).isEqualTo(run(List.of(cpython.toString(), file.toString())));
    }

    /** Output and error together, then the exit status (128 + N for a death by signal N). */
    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PYHOST_DAEMON", "off"); // the process's own signals, not a daemon's run
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try (var in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("ended: %s", command).isTrue();
        return out.get().replaceFirst("^pyhost: building the distribution \\(once\\)\\.\\.\\.\n(\u001b\\[0m)*", "")
                + "status " + p.exitValue() + "\n";
    }
}
