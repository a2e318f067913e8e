package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt driven through JLine's external terminal, on both engines, in-process: typed keys
 * go through a line discipline written in Java (^C raises the terminal's INT as a tty's would),
 * no pseudo-terminal, so nothing here depends on the machine's terminals. Every step waits for
 * the output it needs, however slow the machine.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReplTest {
    /** How long one step may take: an engine's start on a loaded machine included. */
    private static final int WAIT_SECONDS = 240;

    @TempDir
    Path home;

    private record Session(String output, int status) {
    }

    /**
     * Where the prompt runs: the terminal's type, the environment it is given (colours are off
     * unless a test asks for them: the other tests compare text), the PYTHONSTARTUP file or null.
     */
    private record Setup(String terminalType, Map<String, String> env, String startup) {
        static final Setup PLAIN = new Setup("xterm", Map.of("NO_COLOR", "1"), null);
    }

    private Session type(Engine engine, String... keys) throws Exception {
        return type(engine, Setup.PLAIN, keys);
    }

    /**
     * Runs the prompt on a test terminal; {@code keys} are typed one chunk at a time, each once
     * the output shows the text before it (entries {@code "WAIT:text"}, looked for from where the
     * previous wait's text starts, so that a later wait cannot match what came before; entries
     * {@code "NEXT:text"}, looked for after the previous wait's text, as the prompt that follows it).
     */
    private Session type(Engine engine, Setup setup, String... keys) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing, 1 << 16);
        try (PyHost host = PyHost.newBuilder().engine(engine).stdout(out).stderr(out).build();
             Terminal terminal = new ExternalTerminal("pyhost-test", setup.terminalType(), in, out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(120, 30));
            Attributes a = terminal.getAttributes(); // ^C is the interrupt key, as on a tty
            a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            a.setControlChar(Attributes.ControlChar.VINTR, 3);
            terminal.setAttributes(a);
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                    () -> new Repl(host, terminal, ReplHistory.file(home, engine), err, setup.env())
                            .run(true, setup.startup()));
            try {
                int from = 0;
                int end = 0;
                for (String k : keys) {
                    if (k.equals("EOF")) {
                        typing.close(); // the end of input ends the prompt whatever the editor's state
                    } else if (k.startsWith("WAIT:") || k.startsWith("NEXT:")) {
                        String text = k.substring(5);
                        from = awaitOutput(out, text, k.startsWith("NEXT:") ? end : from, status);
                        end = from + text.length();
                    } else {
                        typing.write(k.getBytes(StandardCharsets.UTF_8));
                        typing.flush();
                    }
                }
                int result;
                try {
                    result = status.get(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("the prompt did not end; output:\n" + out, e);
                }
                host.flush();
                return new Session(out.toString(StandardCharsets.UTF_8), result);
            } catch (Throwable t) {
                host.interrupt(); // code left running would keep the host from closing
                typing.close();
                throw t;
            }
        }
    }

    /** Waits until the output shows {@code text} at or after {@code from}; returns where it starts. */
    private static int awaitOutput(ByteArrayOutputStream out, String text, int from, CompletableFuture<Integer> repl)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String shown = out.toString(StandardCharsets.UTF_8);
            int at = shown.indexOf(text, Math.min(from, shown.length()));
            if (at >= 0) {
                return at;
            }
            if (repl.isDone()) {
                repl.get(); // shows why it ended
                throw new AssertionError("the prompt ended before showing " + text + " in:\n" + shown);
            }
            assertThat(System.nanoTime()).as("output shows %s in:%n%s", text, shown).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void assignmentThenEcho(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "x = 6 * 7\nx\n", "WAIT:42", "\u0004");
        assertThat(s.output()).contains("Type \"help\"").contains(">>> ").contains("42");
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoLineDefThenCall(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "def f(a):\n    return a + 1\n\nf(41)\n", "WAIT:42", "\u0004");
        assertThat(s.output()).contains("... ").contains("42");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tracebackThenTheSessionGoesOn(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "1/0\nprint('after' + 'wards')\n", "WAIT:afterwards", "\u0004");
        assertThat(s.output())
                .contains("Traceback (most recent call last):")
                .contains("File \"<stdin>\", line 1")
                .contains("ZeroDivisionError")
                .contains("afterwards");
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlDOnAnEmptyLineExitsWithZero(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "print('be' + 'fore')\n", "WAIT:before", "\u0004");
        assertThat(s.output()).contains("before").doesNotContain("notrun");
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exitGivesItsStatus(Engine engine) throws Exception {
        assertThat(type(engine, "WAIT:>>> ", "exit(3)\n").status()).isEqualTo(3);
        assertThat(type(engine, "WAIT:>>> ", "exit()\n"))
                .satisfies(s -> assertThat(s.output()).doesNotContain("notrun"))
                .extracting(Session::status).isEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlCWhileTypingForgetsTheStatement(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "def g():\n    y = 1", "WAIT:y = 1", "\u0003", "WAIT:KeyboardInterrupt",
                "print('fresh' + 'prompt')\n", "WAIT:freshprompt", "\u0004");
        assertThat(s.output()).contains("KeyboardInterrupt").contains("freshprompt");
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlCWhileCodeRunsRaisesKeyboardInterruptThereAndTheSessionGoesOn(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "x = 6 * 7\nn = 0\nwhile True:\n    n += 1\n"
                        + "    if n == 1000: print('in' + 'side')\n\n",
                "WAIT:inside", "\u0003", "WAIT:KeyboardInterrupt", "print('%d %s' % (x * 10 + 1, n >= 1000))\n", "WAIT:421 True",
                "\u0004");
        assertThat(s.output()).contains("Traceback (most recent call last):", "File \"<stdin>\", line ",
                "KeyboardInterrupt", "421 True");
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tabCompletesAttributesOfLiveObjects(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "import os\nos.getc", "WAIT:os.getc", "\t", "WAIT:os.getcwd", "EOF");
        assertThat(s.output()).contains("os.getcwd");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void historyIsWrittenToTheEnginesFile(Engine engine) throws Exception {
        type(engine, "WAIT:>>> ", "x = 'remembered'\n", "WAIT:>>> x", "\u0004");
        Path file = home.resolve(".pyhost_history_" + engine.id());
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("x = 'remembered'");
    }
    /** The output as a screen shows it line by line: escape sequences and carriage returns left out. */
    private static String screen(Session s) {
        return s.output().replaceAll("\u001b(\\[[0-9;?]*[A-Za-z@]|[=>])", "").replace("\r", "");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void resultsAreBoundToUnderscoreAndNoneIsNeitherEchoedNorBound(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "6*7\n", "WAIT:42", "NEXT:>>> ", "None\n", "NEXT:>>> ", "_ + 1\n",
                "WAIT:43", "NEXT:>>> ", "\u0004");
        assertThat(screen(s)).contains(">>> 6*7\n42\n>>> None\n>>> _ + 1\n43\n>>> ");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void promptsAreSysPs1AndSysPs2AsTheSessionSetsThem(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "import sys; sys.ps1 = 'py> '; sys.ps2 = '..| '\n", "NEXT:py> ",
                "if True:\n    print('in' + 'side')\n\n", "WAIT:inside", "NEXT:py> ", "\u0004");
        assertThat(screen(s)).contains("py> if True:\n..|     print('in' + 'side')\n..| \ninside\npy> ");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pythonStartupRunsFirstAndAnErrorInItIsReportedBeforeThePrompt(Engine engine) throws Exception {
        Path startup = home.resolve("startup.py");
        Files.writeString(startup, "start_name = 'from ' + 'startup'\n1/0\nafter = 1\n");
        Setup setup = new Setup("xterm", Setup.PLAIN.env(), startup.toString());
        Session s = type(engine, setup, "WAIT:>>> ", "start_name\n", "WAIT:'from startup'", "NEXT:>>> ", "after\n",
                "WAIT:NameError", "NEXT:>>> ", "\u0004");
        String zero = engine.pythonMajor() == 2 ? "integer division or modulo by zero" : "division by zero";
        assertThat(screen(s))
                .contains("for more information.\n")
                .contains("Traceback (most recent call last):\n  File \"" + startup + "\", line 2, in <module>\n")
                .contains("ZeroDivisionError: " + zero + "\n>>> start_name\n'from startup'\n>>> after\n")
                .contains("NameError: name 'after' is not defined");
        assertThat(screen(s).indexOf("for more information.")).isLessThan(screen(s).indexOf("Traceback"));
        assertThat(s.status()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theEngineDecidesWhereABlockEndsAndABlankLineEndsIt(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ",
                "def deco(f):\n    return f\n\n", "NEXT:>>> ",
                "@deco\ndef g():\n    return 'deco' + 'rated'\n\n", "NEXT:>>> ", "g()\n", "WAIT:'decorated'", "NEXT:>>> ",
                "class C:\n    x = 'class ' + 'body'\n\n", "NEXT:>>> ", "C.x\n", "WAIT:'class body'", "NEXT:>>> ",
                "import threading\nlock = threading.Lock()\n", "WAIT:lock = ", "NEXT:>>> ",
                "with lock:\n    print('in ' + 'with')\n\n", "WAIT:in with", "NEXT:>>> ",
                "try:\n    1/0\nexcept ZeroDivisionError:\n    print('cau' + 'ght')\n\n", "WAIT:caught", "NEXT:>>> ",
                "xs = [1,\n      2]\n", "WAIT:2]", "NEXT:>>> ", "sum(xs)\n", "WAIT:sum(xs)", "NEXT:>>> ",
                "s = '''a\nb'''\n", "WAIT:b'''", "NEXT:>>> ", "s\n", "WAIT:'a\\nb'", "NEXT:>>> ", "\u0004");
        assertThat(screen(s))
                .contains(">>> @deco\n... def g():\n...     return 'deco' + 'rated'\n... \n>>> g()\n'decorated'\n>>> ")
                .contains(">>> class C:\n...     x = 'class ' + 'body'\n... \n>>> C.x\n'class body'\n>>> ")
                .contains(">>> with lock:\n...     print('in ' + 'with')\n... \nin with\n>>> ")
                .contains(">>> try:\n...     1/0\n... except ZeroDivisionError:\n...     print('cau' + 'ght')\n"
                        + "... \ncaught\n>>> ")
                .contains(">>> xs = [1,\n...       2]\n>>> sum(xs)\n3\n>>> ")
                .contains(">>> s = '''a\n... b'''\n>>> s\n'a\\nb'\n>>> ");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlRFindsAnEarlierLineAndEnterRunsItAgain(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "print('search' + 'able')\n", "WAIT:searchable", "NEXT:>>> ",
                "1 + 1\n", "WAIT:2\n", "NEXT:>>> ", "\u0012", "WAIT:bck-i-search", "h' + 'ab\n",
                "NEXT:searchable", "NEXT:>>> ", "\u0004");
        assertThat(count(screen(s), "\nsearchable\n")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ctrlRUnderlinesTheMatchInAColouredLine(Engine engine) throws Exception {
        Session s = type(engine, new Setup("xterm", Map.of(), null), "WAIT:>>> ", "print('xyz' + 'zy')\n",
                "WAIT:xyzzy", "NEXT:>>> ", "\u0012", "WAIT:bck-i-search", "xyz\n", "NEXT:xyzzy", "NEXT:>>> ", "\u0004");
        assertThat(s.output()).containsPattern("\u001b\\[4(;32)?mx")
                .contains(engine.pythonMajor() == 2 ? "\u001b[34;1mprint" : "\u001b[36mprint");
        assertThat(count(screen(s), "\nxyzzy\n")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tabCompletesModuleNamesAfterImportAndFrom(Engine engine) throws Exception {
        Session s = type(engine, "WAIT:>>> ", "import subpro", "WAIT:import subpro", "\t", "WAIT:import subprocess",
                "\n", "NEXT:>>> ", "from json import deco", "WAIT:json import deco", "\t", "WAIT:json import decoder",
                "\n", "NEXT:>>> ", "print(subprocess.__name__ + ' ' + decoder.__name__)\n",
                "WAIT:subprocess json.decoder\n", "NEXT:>>> ", "\u0004");
        assertThat(screen(s)).contains(">>> import subprocess\n>>> from json import decoder\n>>> ");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDumbTerminalShowsNoEscapeSequencesEvenWhenColoursAreForced(Engine engine) throws Exception {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("FORCE_COLOR", "1"))) {
            Session s = type(engine, new Setup("dumb", env, null), "WAIT:>>> ",
                    "while False: print('never', 42) # c\n\n", "NEXT:>>> ", "print('d' + 'one')\n", "WAIT:done\n",
                    "NEXT:>>> ", "\u0004");
            assertThat(s.output()).contains("while False: print('never', 42) # c").doesNotContain("\u001b");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anXtermColoursKeywordsUnlessNoColorOrPythonColorsSaysNo(Engine engine) throws Exception {
        String[] keys = {"WAIT:>>> ", "while False: print('never')\n\n", "NEXT:>>> ", "print('d' + 'one')\n",
            "WAIT:done\n", "NEXT:>>> ", "\u0004"};
        Session coloured = type(engine, new Setup("xterm", Map.of(), null), keys);
        assertThat(coloured.output()).contains("\u001b[34;1mwhile").contains("\u001b[34;1mFalse")
                .contains(engine.pythonMajor() == 2 ? "\u001b[34;1mprint" : "\u001b[36mprint")
                .contains("\u001b[32m'");
        for (Map<String, String> env : List.of(Map.of("NO_COLOR", "1"), Map.of("PYTHON_COLORS", "0", "FORCE_COLOR", "1"))) {
            Session plain = type(engine, new Setup("xterm", env, null), keys);
            assertThat(plain.output()).contains("while False: print('never')")
                    .doesNotContainPattern("\u001b\\[[0-9;]*m");
        }
    }
}
