package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./pyhost} started as a real process, compared with what CPython prints and returns for
 * the same command line: CPython 2.7 for scripts that run on Jython, CPython 3.12 for GraalPy.
 * "pyhost:" stands where CPython writes its own path ("python3:").
 *
 * <p>About 40 JVM starts (Jython ~1 s, GraalPy ~5 s, a runaway recursion ~15 s): about 2 minutes.
 */
class CommandLineProcessIT {
    private static final Path ROOT = repoRoot();
    private static final String USAGE = "usage: pyhost [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `pyhost -h' for more information.\n";

    @TempDir
    Path tmp;

    record Result(String out, String err, int status) {
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("pyhost"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no ./pyhost above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Builds the distribution once, if a source changed, so that no test sees the build's output. */
    @BeforeAll
    static void buildOnce() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("pyhost").toString(), "--engine", "jython", "-c", "pass")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(10, TimeUnit.MINUTES);
    }

    private Path dir() throws IOException {
        return tmp.toRealPath();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir().resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Result pyhost(String... args) throws Exception {
        return pyhost(Map.of(), null, args);
    }

    private Result pyhost(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("pyhost").toString());
        command.addAll(List.of(args));
        return start(command, env, stdin);
    }

    private Result start(List<String> command, Map<String, String> env, String stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir().toFile());
        pb.environment().remove("PYHOST_ENGINE");
        pb.environment().remove("PYTHONPATH");
        pb.environment().remove("PYTHONUNBUFFERED");
        pb.environment().putAll(env);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("pyhost did not end within 5 minutes: " + command);
        }
        String errText = new String(err.get(), StandardCharsets.UTF_8)
                // another session editing sources may make the launcher rebuild: not our output
                .replaceFirst("^pyhost: building the distribution \\(once\\)\\.\\.\\.\n(\u001b\\[0m)*", "");
        Result r = new Result(new String(out.get(), StandardCharsets.UTF_8), errText, p.exitValue());
        assertThat(r.err()).as("no JVM warning").doesNotContain("WARNING:");
        assertThat(r.err()).as("no Java stack trace").doesNotContainPattern("\n\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception in thread").doesNotContain("<pyhost runtime>");
        return r;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(Result r, String out, String err, int status) {
        assertThat(r.err()).as("stderr").isEqualTo(err);
        assertThat(r.out()).as("stdout").isEqualTo(out);
        assertThat(r.status()).as("exit status").isEqualTo(status);
    }

    // ---- logging -----------------------------------------------------------------------------

    @Test
    void logToSlf4jSendsPythonsRecordsThroughLogbackToStderrOnBothEngines() throws Exception {
        write("daemon.py", "import logging\n"
                + "logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(message)s')\n"
                + "logging.getLogger('ps.daemon').info('started %s', 'now', extra={'port': 80})\n"
                + "print('done')\n");
        for (String engine : List.of("jython", "graalpy")) {
            Result r = pyhost("--engine", engine, "--log-to-slf4j", "daemon.py");
            assertThat(r.err()).as(engine).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  ps\\.daemon - started now "
                    + "py\\.filename=\"daemon\\.py\" py\\.lineno=\"3\" py\\.funcName=\"<module>\" "
                    + "py\\.threadName=\"MainThread\" port=\"80\"\n");
            assertThat(r.out()).as(engine).isEqualTo("done\n");
            assertThat(r.status()).as(engine).isZero();
            expect(pyhost("--engine", engine, "daemon.py"), "done\n", "INFO started now\n", 0);
        }
    }

    // ---- engine choice -----------------------------------------------------------------------

    @Test
    void explainEngineSaysWhichEngineAndWhyThenRuns() throws Exception {
        write("old.py", "import sys\nprint 'major', sys.version_info[0]\n");
        expect(pyhost("--explain-engine", "old.py"), "major 2\n",
                "pyhost: engine jython (Python 2): line 2: print statement (Python 2 only)\n", 0);
    }

    @Test
    void engineFlagBeatsEnvironmentBeatsHeaderComment() throws Exception {
        write("v.py", "# pyhost: engine=jython\nimport sys\nprint(sys.version_info[0])\n");
        expect(pyhost("v.py"), "2\n", "", 0);
        expect(pyhost(Map.of("PYHOST_ENGINE", "graalpy"), null, "v.py"), "3\n", "", 0);
        expect(pyhost(Map.of("PYHOST_ENGINE", "graalpy"), null, "--engine", "jython", "v.py"), "2\n", "", 0);
    }

    // ---- sys.exit and SystemExit -----------------------------------------------------------

    @Test
    void sysExitStatusesOnPython2AreCPythons() throws Exception {
        String py2 = "print 'py2'\n";
        write("three.py", py2 + "import sys\nsys.exit(3)\n");
        write("msg.py", py2 + "import sys\nsys.exit('msg')\n");
        write("none.py", py2 + "import sys\nsys.exit()\n");
        write("raisenone.py", py2 + "raise SystemExit(None)\n");
        write("big.py", py2 + "import sys\nsys.exit(256)\n");
        expect(pyhost("three.py"), "py2\n", "", 3);
        expect(pyhost("msg.py"), "py2\n", "msg\n", 1);
        expect(pyhost("none.py"), "py2\n", "", 0);
        expect(pyhost("raisenone.py"), "py2\n", "", 0);
        expect(pyhost("big.py"), "py2\n", "", 0);
    }

    @Test
    void sysExitWithANumberExitsWithItOnPython3() throws Exception {
        write("three.py", "import sys\nprint('py3')\nsys.exit(3)\n");
        expect(pyhost("three.py"), "py3\n", "", 3);
    }

    @Test
    void sysExitWithMessagePrintsItAndExitsOne() throws Exception {
        write("msg.py", "import sys\nsys.exit('msg')\n");
        expect(pyhost("msg.py"), "", "msg\n", 1);
    }

    @Test
    void sysExitStatusIsTakenModulo256OnPython3() throws Exception {
        write("big.py", "raise SystemExit(256 + 7)\n");
        expect(pyhost("big.py"), "", "", 7);
    }

    @Test
    void raiseSystemExitNoneExitsZeroOnPython3() throws Exception {
        write("none.py", "print('x')\nraise SystemExit(None)\n");
        expect(pyhost("none.py"), "x\n", "", 0);
    }

    @Test
    void osExitEndsAtOnceWithItsStatusAndWithoutExitHandlersOnPython3() throws Exception {
        write("hard.py", "import atexit, os, sys\natexit.register(print, 'atexit')\nprint('py3', flush=True)\n"
                + "os._exit(int(sys.argv[1]))\n");
        expect(pyhost("hard.py", "0"), "py3\n", "", 0);
        expect(pyhost("hard.py", "5"), "py3\n", "", 5);
    }

    // ---- uncaught exceptions ----------------------------------------------------------------

    @Test
    void uncaughtExceptionPrintsCPython3TracebackWithPositionMarkers() throws Exception {
        Path script = write("zde.py", "def f():\n    return 1/0\nprint('before')\nf()\n");
        expect(pyhost("zde.py"), "before\n", """
                Traceback (most recent call last):
                  File "%1$s", line 4, in <module>
                    f()
                  File "%1$s", line 2, in f
                    return 1/0
                           ~^~
                ZeroDivisionError: division by zero
                """.formatted(script), 1);
    }

    /**
     * The markers under a line with non-ASCII text before the failing expression stand under it
     * (GraalPy counts columns in characters where CPython counts UTF-8 bytes), and a codec error
     * is worded as CPython's (GraalPy's said 'utf_8' ... 'malformed input').
     */
    @Test
    void uncaughtCodecErrorUnderNonAsciiTextIsReportedAsCPython3ReportsIt() throws Exception {
        Path script = write("decode.py", "print('Größe:', b'ab\\xe9'.decode('utf-8'))\n");
        expect(pyhost("decode.py"), "", """
                Traceback (most recent call last):
                  File "%1$s", line 1, in <module>
                    print('Größe:', b'ab\\xe9'.decode('utf-8'))
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^
                UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data
                """.formatted(script), 1);
        script = write("position.py", "total = {}\nprint('Jürgen', total['count'])\n");
        expect(pyhost("position.py"), "", """
                Traceback (most recent call last):
                  File "%1$s", line 2, in <module>
                    print('Jürgen', total['count'])
                                    ~~~~~^^^^^^^^^
                KeyError: 'count'
                """.formatted(script), 1);
    }

    /**
     * syslog (neither engine had the module): messages, the mask, LOG_PERROR's copy on stderr and
     * CPython's errors, on both engines. (Delivery to the system's log is the C library's.)
     */
    @Test
    void syslogAsCPython() throws Exception {
        String body = """
                import syslog, sys
                out = sys.stdout.write
                out('%d %d %d %d\\n' % (syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.setlogmask(0),
                                        syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR))))
                syslog.syslog('before openlog')
                syslog.openlog('job', syslog.LOG_PERROR, syslog.LOG_DAEMON)
                syslog.syslog('masked by LOG_UPTO(LOG_ERR)')
                syslog.syslog(syslog.LOG_ERR, 'an error')
                out('%d\\n' % syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_DEBUG)))
                syslog.syslog(syslog.LOG_LOCAL0 | syslog.LOG_WARNING, 'a warning')
                syslog.closelog()
                for bad in (lambda: syslog.syslog(), lambda: syslog.syslog(1, 2)):
                    try:
                        bad()
                    except TypeError as e:
                        out('%s\\n' % e)
                """;
        String out = "8 15 255 255\n15\n[priority,] message string\n[priority,] message string\n";
        String err = "job: an error\njob: a warning\n";
        write("log3.py", "print('py3', end='\\n')\n" + body);
        expect(pyhost("log3.py"), "py3\n" + out, err, 0);
        write("log2.py", "print 'py2'\n" + body);
        expect(pyhost("log2.py"), "py2\n" + out, err, 0);
    }

    /**
     * PYTHONIOENCODING gives the standard streams their encoding and errors as CPython applies it
     * (2.7: all three; 3: errors to stdin and stdout, stderr keeps backslashreplace), unless -E.
     * Both engines ignored it: a cron job's print of a non-ASCII name failed with
     * UnicodeEncodeError where CPython printed it.
     */
    @Test
    void pythonIoEncodingSetsTheStreamsEncodingAndErrorsOnBothEngines() throws Exception {
        Map<String, String> env = Map.of("PYTHONIOENCODING", "ascii:xmlcharrefreplace");
        write("ioe2.py", """
                import sys
                print sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors,
                print sys.stdin.encoding, sys.stdin.errors
                print u'15\\u20ac', u'caf\\xe9'
                sys.stderr.write(u'err \\xe9\\n')
                """);
        expect(pyhost(env, null, "ioe2.py"),
                "ascii xmlcharrefreplace ascii xmlcharrefreplace ascii xmlcharrefreplace\n15&#8364; caf&#233;\n",
                "err &#233;\n", 0);
        write("ioe3.py", """
                import sys
                print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors,
                      sys.stdin.encoding, sys.stdin.errors)
                print('15\\u20ac', 'caf\\xe9')
                sys.stderr.write('err \\xe9 \\u20ac\\n')
                """);
        expect(pyhost(env, null, "ioe3.py"),
                "ascii xmlcharrefreplace ascii backslashreplace ascii xmlcharrefreplace\n15&#8364; caf&#233;\n",
                "err \\xe9 \\u20ac\n", 0);
        write("ignored2.py", "import sys\nprint sys.stdout.encoding\n");
        expect(pyhost(env, null, "-E", "ignored2.py"), "None\n", "", 0);
    }

    /** A shim's frames are not shown: CPython's os is built in, its traceback ends at the call. */
    @Test
    void anErrorRaisedInAShimShowsOnlyTheScriptsFrames() throws Exception {
        Path script = write("shim3.py", "import os\ndef user():\n    os.setgroups(5)\ntry:\n    user()\n"
                + "except TypeError:\n    os.setgroups(6)\n");
        expect(pyhost("shim3.py"), "", """
                Traceback (most recent call last):
                  File "%1$s", line 5, in <module>
                    user()
                  File "%1$s", line 3, in user
                    os.setgroups(5)
                TypeError: setgroups argument must be a sequence

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%1$s", line 7, in <module>
                    os.setgroups(6)
                TypeError: setgroups argument must be a sequence
                """.formatted(script), 1);
        write("shim2.py", "import os\nprint 'x'\nos.setgroups(5)\n");
        expect(pyhost("shim2.py"), "x\n", """
                Traceback (most recent call last):
                  File "shim2.py", line 3, in <module>
                    os.setgroups(5)
                TypeError: setgroups argument must be a sequence
                """, 1);
    }

    @Test
    void uncaughtExceptionOnPython2NamesTheScriptAsGiven() throws Exception {
        write("zde.py", "print 'before'\nx = 1\ny = x / 0\n");
        expect(pyhost("zde.py"), "before\n", """
                Traceback (most recent call last):
                  File "zde.py", line 3, in <module>
                    y = x / 0
                ZeroDivisionError: integer division or modulo by zero
                """, 1);
    }

    @Test
    void uncaughtExceptionOnPython2NamesItsTypeWithItsModuleAsCPython2Does() throws Exception {
        // CPython 2's interpreter prints module.Type (the traceback module alone prints Type)
        write("mine.py", "print 'x'\nclass Oops(Exception): pass\nraise Oops('bad')\n");
        expect(pyhost("mine.py"), "x\n", """
                Traceback (most recent call last):
                  File "mine.py", line 3, in <module>
                    raise Oops('bad')
                __main__.Oops: bad
                """, 1);
        write("sock.py", "import socket\nprint 'x'\nsocket.socket().connect(('127.0.0.1', 1))\n");
        assertThat(pyhost("sock.py").err()).endsWith("\nsocket.error: [Errno 111] Connection refused\n");
        write("key.py", "print 'x'\n{}['k']\n");
        assertThat(pyhost("key.py").err()).endsWith("\nKeyError: 'k'\n");
    }

    /**
     * {@code script | head -1}, as CPython: the script's next write fails (BrokenPipeError /
     * IOError 32, status 1); with SIGPIPE set to SIG_DFL it ends silently, killed by SIGPIPE
     * (141). SIGPIPE and SIGXFSZ read as ignored from the start, as CPython ignores them.
     */
    @Test
    void aClosedPipeFailsTheScriptsWritesAndSigDflForSigpipeDiesOfIt() throws Exception {
        String loop = "for i in range(10000000):\n    print('line %d' % i)\n";
        String[][] cases = {
            {"jython", "import sys\n", "status 1\nTraceback (most recent call last):\n  File \"p.py\", line 4, in <module>\n"
                    + "    print('line %d' % i)\nIOError: [Errno 32] Broken pipe\n"},
            {"graalpy", "import sys\n", "status 1\nTraceback (most recent call last):\n  File \"DIR/p.py\", line 4, in <module>\n"
                    + "    print('line %d' % i)\nBrokenPipeError: [Errno 32] Broken pipe\n"},
            {"jython", "import signal\nsignal.signal(signal.SIGPIPE, signal.SIG_DFL)\n", "status 141\n"},
            {"graalpy", "import signal\nsignal.signal(signal.SIGPIPE, signal.SIG_DFL)\n", "status 141\n"},
        };
        for (String[] c : cases) {
            write("p.py", "# pyhost: engine=" + c[0] + "\n" + c[1] + loop);
            Result r = start(List.of("bash", "-c", ROOT.resolve("pyhost")
                    + " p.py 2>err.txt | head -1 >/dev/null; echo \"status ${PIPESTATUS[0]}\"; cat err.txt"),
                    Map.of("PYHOST_DAEMON", "off"), null);
            assertThat(r.out()).as(c[0] + ": " + c[1]).isEqualTo(c[2].replace("DIR", dir().toString()));
        }
        write("ign.py", "import signal\nprint(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, "
                + "signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)\n");
        expect(pyhost(Map.of("PYHOST_DAEMON", "off"), null, "--engine", "jython", "ign.py"), "(True, True)\n", "", 0);
        expect(pyhost(Map.of("PYHOST_DAEMON", "off"), null, "--engine", "graalpy", "ign.py"), "True True\n", "", 0);
    }

    @Test
    void sigtermAndSighupReadAsSigDflOnPython2AsInCPython2() throws Exception {
        // pyhost's own handlers carry out the default action (death by the signal); a script
        // sees SIG_DFL, as under CPython 2, and gets it back from signal.signal
        write("sig.py", """
                import signal
                print signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.getsignal(signal.SIGHUP) == signal.SIG_DFL
                def h(n, f): pass
                print signal.signal(signal.SIGTERM, h) == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is h
                print signal.signal(signal.SIGTERM, signal.SIG_DFL) is h, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
                """);
        expect(pyhost("--engine", "jython", "sig.py"), "True True\nTrue True\nTrue True\n", "", 0);
    }

    @Test
    void infiniteRecursionIsARecursionErrorOnPython3() throws Exception {
        Path script = write("rec.py", "def f():\n    return f()\nf()\n");
        expect(pyhost("rec.py"), "", """
                Traceback (most recent call last):
                  File "%1$s", line 3, in <module>
                    f()
                  File "%1$s", line 2, in f
                    return f()
                           ^^^
                  File "%1$s", line 2, in f
                    return f()
                           ^^^
                  File "%1$s", line 2, in f
                    return f()
                           ^^^
                  [Previous line repeated 996 more times]
                RecursionError: maximum recursion depth exceeded
                """.formatted(script), 1);
    }

    @Test
    void infiniteRecursionIsARuntimeErrorOnPython2() throws Exception {
        write("rec.py", "print 'x'\ndef f():\n    return f()\nf()\n");
        Result r = pyhost("rec.py");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("x\n");
        assertThat(r.err()).startsWith("""
                Traceback (most recent call last):
                  File "rec.py", line 4, in <module>
                    f()
                  File "rec.py", line 3, in f
                    return f()
                """).endsWith("""
                  File "rec.py", line 3, in f
                    return f()
                RuntimeError: maximum recursion depth exceeded
                """);
    }

    // ---- syntax errors and unreadable source --------------------------------------------------

    @Test
    void syntaxErrorIsReportedAsCPython3ReportsIt() throws Exception {
        Path script = write("syn.py", "print('never')\nx = = 1\n");
        expect(pyhost("syn.py"), "", """
                  File "%s", line 2
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """.formatted(script), 1);
    }

    @Test
    void syntaxErrorsOnPython2AreWordedAsCPython2WordsThem() throws Exception {
        write("syn.py", "print 'never'\nx = = 1\n");
        write("indent.py", "print 'never'\nfor x in y:\npass\n");
        write("unexpected.py", "print 'never'\n  x = 1\n");
        expect(pyhost("syn.py"), "", """
                  File "syn.py", line 2
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """, 1);
        expect(pyhost("indent.py"), "", """
                  File "indent.py", line 3
                    pass
                       ^
                IndentationError: expected an indented block
                """, 1);
        expect(pyhost("unexpected.py"), "", """
                  File "unexpected.py", line 2
                    x = 1
                    ^
                IndentationError: unexpected indent
                """, 1);
    }

    @Test
    void nullBytesInAPython3ScriptAreASyntaxError() throws Exception {
        Path script = write("nul.py", "print(1)\n\0\n".getBytes(StandardCharsets.ISO_8859_1));
        expect(pyhost("nul.py"), "", """
                  File "%s", line 2
                   \s
                SyntaxError: source code cannot contain null bytes
                """.formatted(script), 1);
    }

    @Test
    void nullBytesInAPython2ScriptEndTheirLineAsInCPython2() throws Exception {
        write("nul.py", "print 'a'\n\0print 'b'\nprint 'c'\n".getBytes(StandardCharsets.ISO_8859_1));
        expect(pyhost("nul.py"), "a\nc\n", "", 0);
    }

    @Test
    void undecodableBytesWithoutCodingLineAreASyntaxErrorOnPython3() throws Exception {
        Path script = write("ff.py", "print(1)\n# \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        expect(pyhost("ff.py"), "", "SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + script
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", 1);
    }

    @Test
    void nonAsciiWithoutCodingLineIsASyntaxErrorOnPython2() throws Exception {
        write("na.py", "print 'a'\n# \u2019\n");
        expect(pyhost("na.py"), "", """
                  File "na.py", line 2
                SyntaxError: Non-ASCII character '\\xe2' in file na.py on line 2, but no encoding declared; \
                see http://python.org/dev/peps/pep-0263/ for details
                """, 1);
    }

    @Test
    void emptyFileRunsSilently() throws Exception {
        write("empty.py", "");
        expect(pyhost("empty.py"), "", "", 0);
    }

    // ---- what cannot run ----------------------------------------------------------------------

    @Test
    void missingScriptIsStatusTwoWithCPythonsMessage() throws Exception {
        expect(pyhost("x.py"), "", "pyhost: can't open file '" + dir() + "/x.py': [Errno 2] No such file or directory\n", 2);
        expect(pyhost("--engine", "jython", "x.py"), "",
                "pyhost: can't open file 'x.py': [Errno 2] No such file or directory\n", 2);
    }

    @Test
    void folderWithoutMainModuleIsStatusOne() throws Exception {
        Files.createDirectories(dir().resolve("pkg"));
        expect(pyhost("pkg"), "", "pyhost: can't find '__main__' module in '" + dir() + "/pkg'\n", 1);
        expect(pyhost("--engine", "jython", "pkg"), "", "pyhost: can't find '__main__' module in 'pkg'\n", 1);
    }

    @Test
    void folderWithMainModuleRunsIt() throws Exception {
        write("app/__main__.py", "import sys\nprint(__name__, __file__, sys.argv, sys.path[0])\n");
        expect(pyhost("app", "x"), "__main__ %1$s/app/__main__.py ['app', 'x'] %1$s/app\n".formatted(dir()), "", 0);
    }

    // ---- options ------------------------------------------------------------------------------

    @Test
    void unknownOptionIsStatusTwoWithUsage() throws Exception {
        expect(pyhost("-Z"), "", "Unknown option: -Z\n" + USAGE, 2);
        expect(pyhost("--bogus"), "", "unknown option --bogus\n" + USAGE, 2);
        expect(pyhost("--engine", "jython", "--bogus"), "", "Unknown option: --\n" + USAGE, 2);
        expect(pyhost("-c"), "", "Argument expected for the -c option\n" + USAGE, 2);
    }

    @Test
    void unknownEngineIsStatusTwo() throws Exception {
        Result r = pyhost("--engine", "bogus", "-c", "pass");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("pyhost: unknown engine 'bogus' (expected jython, graalpy or auto)\n");
    }

    @Test
    void helpAndVersionPrintOnStdoutAndExitZero() throws Exception {
        Result help = pyhost("-h");
        assertThat(help.status()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("pyhost [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        Result version = pyhost("-V");
        assertThat(version.status()).isZero();
        assertThat(version.err()).isEmpty();
        assertThat(version.out()).startsWith("pyhost ").contains("Python 2").contains("Python 3");
    }

    @Test
    void dashCRunsCodeWithItsArguments() throws Exception {
        expect(pyhost("-c", "import sys; print(sys.argv, __name__)", "a", "b"), "['-c', 'a', 'b'] __main__\n", "", 0);
        expect(pyhost("-c", "import sys; print sys.argv, __name__", "a", "-u"), "['-c', 'a', '-u'] __main__\n", "", 0);
    }

    @Test
    void dashMRunsAModuleWithItsPathAsArgvZero() throws Exception {
        write("modx.py", "import sys\nprint(__name__, sys.argv)\n");
        expect(pyhost("-m", "modx", "a"), "__main__ ['%s/modx.py', 'a']\n".formatted(dir()), "", 0);
    }

    @Test
    void dashReadsTheScriptFromStdin() throws Exception {
        expect(pyhost(Map.of(), "import sys\nprint(sys.argv, __file__)\n", "-", "a"), "['-', 'a'] <stdin>\n", "", 0);
    }

    @Test
    void pipedStdinWithoutArgumentsRunsWithoutPrompts() throws Exception {
        expect(pyhost(Map.of(), "print(1)\nprint(2)\n"), "1\n2\n", "", 0);
        expect(pyhost(Map.of(), "print 1\nprint 2\n"), "1\n2\n", "", 0);
        expect(pyhost(Map.of(), "print 1\n", "--engine", "jython"), "1\n", "", 0);
    }

    @Test
    void dashIReadsStatementsAfterTheScriptInItsGlobalsWithPromptsOnStderrWhenStdinIsPiped() throws Exception {
        write("globals.py", "x = 5\n");
        // CPython 3 and 2.7 alike: without a terminal the prompts (and the newline at the end of
        // input) go to stderr, results to stdout; no banner after a script
        expect(pyhost(Map.of(), "print(x)\nif x:\n    print(x + 1)\n\n", "-i", "globals.py"), "5\n6\n",
                ">>> >>> ... ... >>> \n", 0);
        expect(pyhost(Map.of(), "print x\nif x:\n    print x + 1\n\n", "--engine", "jython", "-i", "globals.py"),
                "5\n6\n", ">>> >>> ... ... >>> \n", 0);
    }

    // ---- script semantics ---------------------------------------------------------------------

    @Test
    void scriptSeesArgvNameFileAndItsFolderOnSysPathOnPython3() throws Exception {
        write("lib/plib.py", "X = 'from PYTHONPATH'\n");
        write("sibling.py", "Y = 'sibling'\n");
        write("sub/main.py", """
                # -*- coding: utf-8 -*-
                import sys, sibling2, plib
                print(sys.argv, __name__, __file__)
                print(sys.path[0], sibling2.Y, plib.X)
                print("h\u00e9llo \u20ac")
                """);
        write("sub/sibling2.py", "Y = 'sibling'\n");
        expect(pyhost(Map.of("PYTHONPATH", dir() + "/lib"), null, "sub/main.py", "a", "--x"), """
                ['sub/main.py', 'a', '--x'] __main__ %1$s/sub/main.py
                %1$s/sub sibling from PYTHONPATH
                h\u00e9llo \u20ac
                """.formatted(dir()), "", 0);
    }

    @Test
    void scriptSeesArgvNameFileAndItsFolderOnSysPathOnPython2() throws Exception {
        write("lib/plib.py", "X = 'from PYTHONPATH'\n");
        write("sub/main.py", """
                # -*- coding: utf-8 -*-
                import sys, sibling2, plib
                print sys.argv, __name__, __file__
                print sys.path[0], sibling2.Y, plib.X
                print "h\u00e9llo \u20ac"
                """);
        write("sub/sibling2.py", "Y = 'sibling'\n");
        expect(pyhost(Map.of("PYTHONPATH", dir() + "/lib"), null, "sub/main.py", "a", "--x"), """
                ['sub/main.py', 'a', '--x'] __main__ sub/main.py
                %1$s/sub sibling from PYTHONPATH
                h\u00e9llo \u20ac
                """.formatted(dir()), "", 0);
    }

    /** With SIGCHLD ignored the system reaps children: their status is gone, and CPython reads 0. */
    @Test
    void childrenOfAScriptIgnoringSigchldEndWithStatusZeroAsInCPython2() throws Exception {
        Path script = write("sigchld.py", """
                import signal, subprocess
                signal.signal(signal.SIGCHLD, signal.SIG_IGN)
                p = subprocess.Popen(['sh', '-c', 'exit 3'])
                print(p.wait(), subprocess.call(['true']))
                p = subprocess.Popen(['true'])
                while p.poll() is None:
                    pass
                print(p.returncode)
                """);
        expect(pyhost("--engine", "jython", script.toString()), "(0, 0)\n0\n", "", 0);
    }

    @Test
    void childProcessOutputComesFirstWhenStdoutIsAPipeAsInCPython2() throws Exception {
        write("order2.py", "import os\nprint 'a'\nos.system('echo b')\nprint 'c'\n");
        expect(pyhost("order2.py"), "b\na\nc\n", "", 0);
    }

    @Test
    void childProcessOutputComesFirstWhenStdoutIsAPipeAsInCPython3() throws Exception {
        write("order3.py", "import os\nprint('a')\nos.system('echo b')\nprint('c')\n");
        expect(pyhost("order3.py"), "b\na\nc\n", "", 0);
    }

    @Test
    void unbufferedOutputKeepsProgramOrder() throws Exception {
        write("order3.py", "import os\nprint('a')\nos.system('echo b')\nprint('c')\n");
        write("order2.py", "import os\nprint 'a'\nos.system('echo b')\nprint 'c'\n");
        expect(pyhost("-u", "order3.py"), "a\nb\nc\n", "", 0);
        expect(pyhost("-u", "order2.py"), "a\nb\nc\n", "", 0);
    }

    @Test
    void executableScriptWithPyhostShebangRuns() throws Exception {
        Path bin = Files.createDirectories(dir().resolve("bin"));
        Files.createSymbolicLink(bin.resolve("pyhost"), ROOT.resolve("pyhost"));
        Path script = write("tool.py", "#!/usr/bin/env pyhost\nimport sys\nprint('shebang', sys.argv[1:])\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        try {
            expect(start(List.of("./tool.py", "x"), env, null), "shebang ['x']\n", "", 0);
        } finally {
            Files.delete(bin.resolve("pyhost")); // the link, not the launcher
        }
    }
}
