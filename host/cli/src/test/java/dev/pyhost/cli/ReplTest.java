package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Disabled;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompt driven through a test terminal, on both engines, in-process. */
@org.junit.jupiter.api.Tag("pty")
class ReplTest {
    @TempDir
    Path home;

    private record Session(String output, int status) {
    }

    /**
     * Runs the prompt on an xterm-like test terminal; {@code keys} are typed one chunk at a time,
     * each once the output shows the text before it (entries {@code "WAIT:text"}).
     */
    private Session type(Engine engine, String... keys) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing, 1 << 16);
        try (PyHost host = PyHost.newBuilder().engine(engine).stdout(out).stderr(out).build();
             Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type("xterm")
                     .size(new Size(120, 30)).encoding(StandardCharsets.UTF_8).build()) {
            Attributes a = terminal.getAttributes(); // ^C is the interrupt key, as on a tty
            a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            a.setControlChar(Attributes.ControlChar.VINTR, 3);
            terminal.setAttributes(a);
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                    () -> new Repl(host, terminal, ReplHistory.file(home, engine), err).run(true, null));
            for (String k : keys) {
                if (k.equals("EOF")) {
                    typing.close(); // the end of input ends the prompt whatever the editor's state
                } else if (k.startsWith("WAIT:")) {
                    awaitOutput(out, k.substring(5), status);
                } else {
                    typing.write(k.getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                }
            }
            int result;
            try {
                result = status.get(240, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the prompt did not end; output:\n" + out, e);
            }
            typing.close();
            host.flush();
            return new Session(out.toString(StandardCharsets.UTF_8), result);
        }
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text, CompletableFuture<Integer> repl)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (repl.isDone()) {
                repl.get(); // shows why it ended
            }
            assertThat(System.nanoTime()).as("output shows %s in:%n%s", text, out).isLessThan(deadline);
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

    @Disabled("JLine's piped test terminal turns ^C into the reader's interrupt, but the reader thread stays"
            + " blocked on the pipe; on a real tty (tmux) Ctrl-C while typing gives KeyboardInterrupt and a fresh prompt")
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
}
