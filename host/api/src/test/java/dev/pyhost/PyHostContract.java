package dev.pyhost;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every engine must do behind {@link PyHost}, written once and run per engine (the Jimfs
 * pattern): each engine module subclasses it. Code snippets are valid Python 2 and 3. One host
 * serves the tests that do not need isolation; engines start slowly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PyHostContract {
    private PyHost shared;
    private final ByteArrayOutputStream sharedOut = new ByteArrayOutputStream();

    /** The engine under test. */
    protected abstract Engine engine();

    protected PyHost.Builder builder() {
        return PyHost.newBuilder().engine(engine());
    }

    @BeforeAll
    void startSharedHost() {
        shared = builder().stdout(sharedOut).build();
    }

    @AfterAll
    void closeSharedHost() {
        shared.close();
    }

    @Test
    void evalConvertsPythonValuesToJavaValues() {
        assertThat(shared.eval("None")).isNull();
        assertThat(shared.eval("1 == 1")).isEqualTo(true);
        assertThat(shared.eval("6 * 7")).isEqualTo(42L);
        assertThat(shared.eval("2 ** 100")).isEqualTo(BigInteger.TWO.pow(100));
        assertThat(shared.eval("1.5")).isEqualTo(1.5);
        assertThat(shared.eval("'abc'")).isEqualTo("abc");
        assertThat(shared.eval("u'\\u4e2d'")).isEqualTo("\u4e2d");
        assertThat(shared.eval("[1, 'a', None]")).isEqualTo(java.util.Arrays.asList(1L, "a", null));
        assertThat(shared.eval("(1, 2)")).isEqualTo(List.of(1L, 2L));
        assertThat(shared.eval("{'a': 1}")).isEqualTo(Map.of("a", 1L));
        assertThat(shared.eval("set([3])")).isEqualTo(java.util.Set.of(3L));
    }

    @Test
    void otherPythonObjectsComeBackAsTheirTypeAndRepr() {
        shared.exec("class Thing(object):\n    def __repr__(self):\n        return '<thing>'\n");
        assertThat(shared.eval("Thing()")).isEqualTo(new PythonObject("Thing", "<thing>"));
    }

    @Test
    void callsAPythonFunctionWithJavaArguments() {
        shared.exec("def add(a, b):\n    return a + b\n");
        assertThat(shared.call("add", 2, 3)).isEqualTo(5L);
        assertThat(shared.call("add", "py", "host")).isEqualTo("pyhost");
    }

    @Test
    void javaObjectsPutIntoGlobalsAreCallableFromPython() {
        List<String> box = new ArrayList<>();
        shared.put("box", box);
        shared.exec("box.add('from python')");
        assertThat(box).containsExactly("from python");
        assertThat(shared.eval("box.size()")).isEqualTo(1L);
    }

    @Test
    void uncaughtExceptionsCarryTypeMessageAndTraceback() {
        assertThatThrownBy(() -> shared.exec("def f():\n    return 1 / 0\nf()\n"))
                .isInstanceOfSatisfying(PythonException.class, e -> {
                    assertThat(e.pythonType()).isEqualTo("ZeroDivisionError");
                    assertThat(e.exitStatus()).isEqualTo(1);
                    assertThat(e.tracebackText()).startsWith("Traceback (most recent call last):\n")
                            .contains("line 2, in f").endsWith("ZeroDivisionError: " + e.pythonMessage() + "\n")
                            .doesNotContain("pyhost runtime");
                });
    }

    @Test
    void interruptStopsABusyLoopAndTheGlobalsSurvive() throws Exception {
        try (PyHost host = builder().build()) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            host.put("started", started);
            host.exec("before = 6 * 7\n");
            java.util.concurrent.CompletableFuture<Void> loop = java.util.concurrent.CompletableFuture.runAsync(
                    () -> host.exec("n = 0\nstarted.countDown()\nwhile True:\n    n += 1\n"));
            assertThat(started.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("the loop started").isTrue();
            Thread.sleep(200);
            host.interrupt();
            assertThatThrownBy(() -> loop.get(120, java.util.concurrent.TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(PythonException.class,
                            e -> assertThat(e.isKeyboardInterrupt()).isTrue());
            assertThat(host.eval("before")).isEqualTo(42L);
            assertThat(host.eval("n > 0")).isEqualTo(true);
            host.exec("after = before + 1\n");
            assertThat(host.eval("after")).isEqualTo(43L);
        }
    }

    @Test
    void theConsoleAsksForMoreInputWhereCPythonsPromptDoes() {
        // CPython 3.11's and 2.7's code.InteractiveConsole.push answers for these lines
        List<String> lines = List.of("n = 0", "while n < 3:", "    n += 1", "    if n == 2: m = n", "", "x = [", "  1,",
                "  2]", "s = '''a", "b'''", "if True: pass", "", "y = 1 + \\", "  2", "def f():", "    return 1", "");
        List<Boolean> cpython = List.of(false, true, true, true, false, true, true, false, true, false, true, false, true,
                false, true, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PyHost host = builder().stdout(out).stderr(out).build()) {
            dev.pyhost.spi.InteractiveConsole console = host.console();
            List<Boolean> more = new ArrayList<>();
            for (String line : lines) {
                more.add(console.push(line));
            }
            host.flush();
            assertThat(more).as("output: %s", out).isEqualTo(cpython);
            assertThat(host.eval("[n, m, x, s, y, f()]")).isEqualTo(List.of(3L, 2L, List.of(1L, 2L), "a\nb", 3L, 1L));
        }
    }

    @Test
    void sysExitBecomesAnExitStatus() {
        assertThatThrownBy(() -> shared.exec("import sys; sys.exit(3)"))
                .isInstanceOfSatisfying(SystemExitException.class, e -> assertThat(e.exitStatus()).isEqualTo(3));
        assertThatThrownBy(() -> shared.exec("import sys; sys.exit('going away')"))
                .isInstanceOfSatisfying(SystemExitException.class, e -> {
                    assertThat(e.exitStatus()).isEqualTo(1);
                    assertThat(e.printedMessage()).isEqualTo("going away");
                });
        shared.exec("import sys\ntry:\n    sys.exit(0)\nexcept SystemExit:\n    pass\n");
    }

    @Test
    void runsAScriptAsMainWithArgumentsAndCapturedOutput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper.py"), "GREETING = 'hello from a sibling module'\n");
        Files.writeString(dir.resolve("job.py"), String.join("\n",
                "import sys, helper",
                "sys.stdout.write('%s %s %s\\n' % (__name__, sys.argv[1:], helper.GREETING))",
                "sys.stderr.write('to stderr\\n')", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PyHost host = builder().workingDirectory(dir).arguments("--dry-run", "x").stdout(out).stderr(err).build()) {
            host.run(Path.of("job.py"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("__main__ ['--dry-run', 'x'] hello from a sibling module\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("to stderr\n");
    }

    @Test
    void osSystemReturnsTheWaitStatusLikeCPython() {
        shared.exec("import os");
        assertThat(shared.eval("os.system('exit 3')")).isEqualTo(768L);
        assertThat(shared.eval("os.system('true')")).isEqualTo(0L);
        assertThat(shared.eval("os.name")).isEqualTo("posix");
        assertThat(shared.eval("[os.WIFEXITED(768), os.WEXITSTATUS(768), os.WIFSIGNALED(9), os.WTERMSIG(9)]"))
                .isEqualTo(List.of(true, 3L, true, 9L));
    }

    @Test
    void threadsTheScriptStartsAreNotDaemonsAndNamesAreStr() {
        shared.exec("import threading\nt = threading.Thread(target=lambda: None, name='worker-1')\n");
        assertThat(shared.eval("[t.daemon, type(t.name) is str, type(threading.current_thread().name) is str]"))
                .isEqualTo(List.of(false, true, true));
    }

    @Test
    void loggingNamesTheCallersFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("daemon.py"), String.join("\n",
                "import logging",
                "got = []",
                "class Collect(logging.Handler):",
                "    def emit(self, record):",
                "        got.append('%s[line:%d] %s' % (record.filename, record.lineno, record.getMessage()))",
                "log = logging.getLogger('daemon')",
                "log.addHandler(Collect())",
                "log.warning('started')", ""));
        try (PyHost host = builder().workingDirectory(dir).build()) {
            host.run(Path.of("daemon.py"));
            assertThat(host.eval("got")).isEqualTo(List.of("daemon.py[line:8] started"));
        }
    }

    @Test
    void osPopenCloseReturnsNoneOrTheWaitStatus() {
        shared.exec("import os\np = os.popen('echo hi; echo there')\nlines = p.readlines()\nst = p.close()\n");
        assertThat(shared.eval("lines")).isEqualTo(List.of("hi\n", "there\n"));
        assertThat(shared.eval("st")).isNull();
        assertThat(shared.eval("os.popen('exit 2').close()")).isEqualTo(512L);
        shared.exec("w = os.popen('cat > /dev/null', 'w')\nw.write('data')\n");
        assertThat(shared.eval("w.close()")).isNull();
    }

    @Test
    void childProcessOutputReachesTheHostsStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PyHost host = builder().stdout(out).build()) {
            host.exec("import os\nos.system('echo from-the-child')\n");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("from-the-child\n");
    }

    @Test
    void chdirChangesWhatOpenListdirSystemAndSubprocessesSee(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("data.txt"), "inside");
        try (PyHost host = builder().workingDirectory(dir).build()) {
            host.exec("import os\nos.chdir('sub')\n");
            assertThat(host.eval("os.getcwd()")).isEqualTo(sub.toRealPath().toString());
            assertThat(host.eval("open('data.txt').read()")).isEqualTo("inside");
            assertThat(host.eval("os.listdir('.')")).isEqualTo(List.of("data.txt"));
            assertThat(host.eval("os.system('test -f data.txt')")).isEqualTo(0L);
            host.exec("os.system('echo made > by-shell.txt')");
            assertThat(sub.resolve("by-shell.txt")).hasContent("made");
            host.exec("import subprocess");
            assertThat(host.eval("subprocess.check_output(['pwd']).decode('ascii')"))
                    .isEqualTo(sub.toRealPath() + "\n");
        }
    }

    @Test
    void twoHostsShareNoModulesWorkingDirectoryOrEnvironment(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        try (PyHost one = builder().workingDirectory(a).environment(Map.of("WHO", "one")).build();
             PyHost two = builder().workingDirectory(b).environment(Map.of("WHO", "two")).build()) {
            one.exec("import sys, os\nsys.modules['marker'] = sys\nos.chdir('..')\nos.environ['ONLY_ONE'] = '1'\n");
            two.exec("import sys, os");
            assertThat(two.eval("'marker' in sys.modules")).isEqualTo(false);
            assertThat(two.eval("os.getcwd()")).isEqualTo(b.toRealPath().toString());
            assertThat(one.eval("os.getcwd()")).isEqualTo(dir.toRealPath().toString());
            assertThat(two.eval("os.environ.get('WHO')")).isEqualTo("two");
            assertThat(two.eval("'ONLY_ONE' in os.environ")).isEqualTo(false);
            assertThat(one.eval("os.popen('echo $WHO-$ONLY_ONE').read()")).isEqualTo("one-1\n");
        }
    }
}
