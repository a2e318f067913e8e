package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Ctrl-C (SIGINT to the pyhost process) raises KeyboardInterrupt where the script is, blocked
 * or busy, and ends the process as CPython does: Python 2 with status 1, Python 3 by SIGINT
 * (130 as a shell and the JDK report it).
 */
class CtrlCIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @BeforeAll
    static void sigintIsNotIgnoredHere() throws Exception {
        // a child inherits an ignored SIGINT, and then, as CPython does, pyhost keeps ignoring it
        String status = Files.readString(Path.of("/proc/self/status"));
        String ignored = status.lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0");
        long mask = Long.parseUnsignedLong(ignored.substring(7).trim(), 16);
        assumeFalse((mask & 2) != 0, "SIGINT is ignored by this test run's process");
    }

    private record Outcome(String err, int status) {
    }

    /** Runs the script, waits for it to print "ready", sends SIGINT, and collects the outcome. */
    private Outcome interruptWhenReady(String engine, String script) throws Exception {
        Files.writeString(dir.resolve("job.py"), script);
        Process p = new ProcessBuilder(ROOT.resolve("pyhost").toString(), "--engine", engine, "-u", "job.py")
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        Thread.sleep(300);
        // as a terminal's Ctrl-C does: to every process of the foreground job (a Python 3 run is
        // handed from the launcher's JVM to a GraalPy JVM, its child)
        List<String> kill = new ArrayList<>(List.of("kill", "-INT", Long.toString(p.pid())));
        p.descendants().forEach(d -> kill.add(Long.toString(d.pid())));
        new ProcessBuilder(kill).start().waitFor();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended after Ctrl-C").isTrue();
        return new Outcome(err.get(), p.exitValue());
    }

    @Test
    void ctrlCInASleepOnPython2PrintsATracebackAndExitsOne() throws Exception {
        Outcome o = interruptWhenReady("jython", "import sys, time\nprint 'ready'\ntime.sleep(60)\n");
        assertThat(o.err()).isEqualTo("Traceback (most recent call last):\n  File \"job.py\", line 3, in <module>\n"
                + "    time.sleep(60)\nKeyboardInterrupt\n");
        assertThat(o.status()).isEqualTo(1);
    }

    @Test
    void ctrlCInABusyLoopOnPython2RaisesInTheLoop() throws Exception {
        Outcome o = interruptWhenReady("jython", "print 'ready'\nn = 0\nwhile True:\n    n += 1\n");
        assertThat(o.err()).startsWith("Traceback (most recent call last):\n  File \"job.py\", line ")
                .endsWith("KeyboardInterrupt\n");
        assertThat(o.status()).isEqualTo(1);
    }

    @Test
    void ctrlCInASleepOnPython3DiesOfSigint() throws Exception {
        Outcome o = interruptWhenReady("graalpy", "import time\nprint('ready')\ntime.sleep(60)\n");
        assertThat(o.err()).isEqualTo("Traceback (most recent call last):\n  File \"" + dir.resolve("job.py")
                + "\", line 3, in <module>\n    time.sleep(60)\nKeyboardInterrupt\n");
        assertThat(o.status()).isEqualTo(130);
    }

    @Test
    void ctrlCInABusyLoopOnPython3DiesOfSigint() throws Exception {
        Outcome o = interruptWhenReady("graalpy", "print('ready')\nwhile True:\n    pass\n");
        assertThat(o.err()).startsWith("Traceback (most recent call last):\n").endsWith("KeyboardInterrupt\n");
        assertThat(o.status()).isEqualTo(130);
    }
}
