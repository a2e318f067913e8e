package dev.pyhost.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a script sees of the interpreter it runs in, as CPython's command line gives it:
 * {@code sys.executable} (a program that runs the same engine) and python's flags.
 */
class InterpreterCommandLineIT {
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

    @BeforeAll
    static void buildOnce() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("pyhost").toString(), "--engine", "jython", "-c", "pass")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(10, TimeUnit.MINUTES);
    }

    private Result run(Map<String, String> env, String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().remove("PYHOST_ENGINE");
        pb.environment().remove("PYTHONPATH");
        pb.environment().remove("PYTHONWARNINGS");
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not end within 5 minutes: " + command);
        }
        String errText = new String(err.get(), StandardCharsets.UTF_8)
                .replaceFirst("^pyhost: building the distribution \\(once\\)\\.\\.\\.\n(\u001b\\[0m)*", "");
        return new Result(new String(out.get(), StandardCharsets.UTF_8), errText, p.exitValue());
    }

    private Result pyhost(String... args) throws Exception {
        return run(Map.of(), ROOT.resolve("pyhost").toString(), args);
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

    // ---- sys.executable ------------------------------------------------------------------------

    @Test
    void sysExecutableOfAPython2ScriptRunsPython2OnJythonEvenForPython3LookingCode() throws Exception {
        Result r = pyhost("--engine", "jython", "-c", """
                import os, subprocess, sys
                print os.path.isfile(sys.executable), os.access(sys.executable, os.X_OK)
                print subprocess.check_output([sys.executable, '-c', 'import sys; print(sys.version_info[0])'])
                """);
        expect(r, "True True\n2\n\n", "", 0);
    }

    @Test
    void sysExecutableOfAPython3ScriptRunsPython3OnGraalPy() throws Exception {
        Result r = pyhost("--engine", "graalpy", "-c", """
                import os, subprocess, sys
                print(os.path.isfile(sys.executable), os.access(sys.executable, os.X_OK))
                print(subprocess.check_output([sys.executable, '-c', 'import sys; print(sys.implementation.name, sys.executable == %r)' % sys.executable]))
                """);
        expect(r, "True True\nb'graalpy True\\n'\n", "", 0);
    }

    @Test
    void engineLaunchersWorkThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("python2"), ROOT.resolve("bin/pyhost2"));
        Result r = run(Map.of(), link.toString(), "-c", "import sys; print(sys.version_info[0]); print(sys.executable)");
        expect(r, "2\n" + ROOT.resolve("bin/pyhost2") + "\n", "", 0);
    }

    // ---- python's flags ------------------------------------------------------------------------

    @Test
    void python2FlagsAreInSysFlagsAsCPython2GivesThem() throws Exception {
        Result r = pyhost("--engine", "jython", "-B", "-E", "-s", "-O", "-3", "-Qwarn", "-tt", "-Werror::UserWarning",
                "-c", """
                import sys, warnings
                f = sys.flags
                print [int(v) for v in (f.dont_write_bytecode, f.ignore_environment, f.no_user_site, f.optimize,
                                        f.py3k_warning, f.division_warning)]
                print sys.dont_write_bytecode, sys.warnoptions
                try:
                    warnings.warn('w')
                except UserWarning:
                    print 'raised'
                """);
        // as CPython 2.7.18 prints it
        expect(r, "[1, 1, 1, 1, 1, 1]\nTrue ['error::UserWarning']\nraised\n", "", 0);
    }

    @Test
    void python3FlagsAreInSysFlagsAndXOptionsInSysXoptions() throws Exception {
        Result r = pyhost("--engine", "graalpy", "-I", "-O", "-Xfaulthandler", "-X", "a=b", "-W", "error", "-c", """
                import sys, warnings
                f = sys.flags
                print(f.isolated, f.ignore_environment, f.no_user_site, f.optimize, f.safe_path)
                print(sys._xoptions, sys.warnoptions, sys.path[0] != '')
                try:
                    warnings.warn('w')
                except UserWarning:
                    print('raised')
                """);
        expect(r, "1 1 1 1 True\n{'faulthandler': True, 'a': 'b'} ['error'] True\nraised\n", "", 0);
    }

    @Test
    void dashEIgnoresPythonPathAndCombinesWithOtherLetters() throws Exception {
        Map<String, String> env = Map.of("PYTHONPATH", "/nowhere/at/all");
        String code = "import sys; print('/nowhere/at/all' in sys.path)";
        expect(run(env, ROOT.resolve("pyhost").toString(), "--engine", "graalpy", "-c", code), "True\n", "", 0);
        expect(run(env, ROOT.resolve("pyhost").toString(), "--engine", "graalpy", "-Esc", code), "False\n", "", 0);
    }

    @Test
    void optionsOfTheOtherPythonVersionAreRefusedAsItsCPythonRefusesThem() throws Exception {
        expect(pyhost("--engine", "graalpy", "-3", "-c", "pass"), "", "Unknown option: -3\n" + USAGE, 2);
        expect(pyhost("--engine", "graalpy", "-Qnew", "-c", "pass"), "", "Unknown option: -Q\n" + USAGE, 2);
        expect(pyhost("--engine", "jython", "-I", "-c", "pass"), "", "Unknown option: -I\n" + USAGE, 2);
        expect(pyhost("--engine", "jython", "-X", "dev", "-c", "pass"), "",
                "-X is reserved for implementation-specific arguments\n" + USAGE, 2);
        expect(pyhost("--engine", "jython", "-Qbogus", "-c", "pass"), "",
                "-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n" + USAGE, 2);
    }
}
