package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A pyhost process ends by the signal that ends a CPython process: SIGTERM with no handler kills
 * it by SIGTERM (its parent sees -15, not the JVM's exit status 143), Python 3's uncaught
 * KeyboardInterrupt by SIGINT; a script's own handler decides instead. The parent is CPython 3's
 * subprocess, which tells a death by signal from an exit status (the JDK cannot). A Python 3 run
 * handed to a second JVM ends with it, leaving nothing behind.
 */
class TerminationSignalIT {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path PYTHON3 = Path.of("/usr/bin/python3");

    /** Starts the command, waits for its "ready", sends the signal to its pid only, prints how it ended. */
    private static final String PARENT = """
            import os, signal, subprocess, sys, time
            sig = getattr(signal, sys.argv[1])
            p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
            ready = p.stdout.readline().decode().strip()
            kids = subprocess.run(['pgrep', '-P', str(p.pid)], capture_output=True, text=True).stdout.split()
            p.send_signal(sig)
            status = p.wait(120)
            def running(pid):
                try:
                    with open('/proc/%s/stat' % pid) as f:
                        return f.read().rsplit(')', 1)[1].split()[0] != 'Z'
                except OSError:
                    return False
            deadline = time.monotonic() + 30
            while any(running(k) for k in kids) and time.monotonic() < deadline:
                time.sleep(0.2)
            print(ready, status, 'left:', [k for k in kids if running(k)])
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsCpython3() {
        assumeTrue(Files.isExecutable(PYTHON3), "CPython 3 at /usr/bin/python3 observes the deaths");
    }

    /** The parent's report: "ready STATUS left: [PIDS OF CHILDREN STILL RUNNING]". */
    private String signalWhenReady(String signal, String script, String... pyhostArgs) throws Exception {
        Files.writeString(dir.resolve("job.py"), script);
        Files.writeString(dir.resolve("parent.py"), PARENT);
        List<String> command = new ArrayList<>(List.of(PYTHON3.toString(), "parent.py", signal, ROOT.resolve("pyhost").toString()));
        command.addAll(List.of(pyhostArgs));
        command.add("job.py");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYHOST_DAEMON", "off"); // the process under test is pyhost's own JVM
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return out.substring(out.lastIndexOf('\n') + 1); // the parent's line, after any traceback
    }

    private static final String SLEEP2 = "import sys, time\nprint 'ready'\nsys.stdout.flush()\ntime.sleep(120)\n";
    private static final String SLEEP3 = "import sys, time\nprint('ready')\nsys.stdout.flush()\ntime.sleep(120)\n";
    private static final String HANDLED = """
            import signal, sys, time
            def done(signum, frame):
                sys.exit(3)
            signal.signal(signal.SIGTERM, done)
            print('ready')
            sys.stdout.flush()
            time.sleep(120)
            """;

    @Test
    void sigtermEndsAPython2RunBySigterm() throws Exception {
        assertThat(signalWhenReady("SIGTERM", SLEEP2, "--engine", "jython")).startsWith("ready -15 left:");
    }

    @Test
    void sigtermEndsAPython3RunAndTheJvmItWasHandedToBySigterm() throws Exception {
        // a line the launcher's grep takes for Python 2: its JVM hands the run to a GraalPy JVM, its child
        String looksLikePython2 = "'''\nprint 'ready' is how Python 2 said it\n'''\n";
        assertThat(signalWhenReady("SIGTERM", looksLikePython2 + SLEEP3)).isEqualTo("ready -15 left: []");
    }

    @Test
    void sigtermEndsAPython3RunStartedInTheGraalPyJvmBySigterm() throws Exception {
        assertThat(signalWhenReady("SIGTERM", SLEEP3)).isEqualTo("ready -15 left: []");
    }

    @Test
    void aScriptsOwnSigtermHandlerDecidesTheStatus() throws Exception {
        assertThat(signalWhenReady("SIGTERM", HANDLED, "--engine", "jython")).startsWith("ready 3 left:");
        assertThat(signalWhenReady("SIGTERM", HANDLED)).isEqualTo("ready 3 left: []");
    }

    @Test
    void python3DiesOfSigintAfterAnUncaughtKeyboardInterrupt() throws Exception {
        assertThat(signalWhenReady("SIGINT", SLEEP3, "--engine", "graalpy")).startsWith("ready -2 left:");
    }

    /** Ignores SIGINT and SIGTERM for a moment, puts the handlers back, then sleeps. */
    private static final String IGNORED_THEN_RESTORED = """
            from __future__ import print_function
            import signal, sys, time
            old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
            old_term = signal.signal(signal.SIGTERM, signal.SIG_IGN)
            signal.signal(signal.SIGINT, old_int)
            signal.signal(signal.SIGTERM, old_term)
            print('ready')
            sys.stdout.flush()
            try:
                time.sleep(120)
            except KeyboardInterrupt:
                print('interrupted')
                sys.exit(5)
            """;

    @Test
    void signalsIgnoredForAMomentWorkAgainOnceTheirHandlersAreBack() throws Exception {
        // the JVM never takes back a shutdown signal the process really ignored: Ctrl-C and
        // SIGTERM stayed dead after this save, ignore, restore sequence
        for (String engine : List.of("jython", "graalpy")) {
            assertThat(signalWhenReady("SIGINT", IGNORED_THEN_RESTORED, "--engine", engine)).as(engine)
                    .startsWith("ready 5 left:");
            assertThat(signalWhenReady("SIGTERM", IGNORED_THEN_RESTORED, "--engine", engine)).as(engine)
                    .startsWith("ready -15 left:");
        }
    }
}
