package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PythonException;
import dev.pyhost.SystemExitException;
import dev.pyhost.spi.InteractiveConsole;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The interactive prompt: a line editor (history, Ctrl-R, Tab completion, colours) over the
 * engine's own console, which decides when a statement is complete, runs it, echoes results and
 * prints tracebacks. Ctrl-C while typing forgets the statement; while code runs it raises
 * {@code KeyboardInterrupt} there.
 */
final class Repl {
    private final PyHost host;
    private final Terminal terminal;
    private final Path historyFile;
    private final PrintStream err;
    private final Map<String, String> env;
    /** The lines of the statement being typed, before the current one. */
    private final StringBuilder statement = new StringBuilder();

    /**
     * @param env the environment: {@code NO_COLOR}, {@code PYTHON_COLORS} and {@code FORCE_COLOR}
     *            switch the colouring of what is typed ({@link ReplColors})
     */
    Repl(PyHost host, Terminal terminal, Path historyFile, PrintStream err, Map<String, String> env) {
        this.host = host;
        this.terminal = terminal;
        this.historyFile = historyFile;
        this.err = err;
        this.env = env;
    }

    /**
     * Reads and runs statements until Ctrl-D or {@code exit()}.
     *
     * @param banner  print the banner first (not after a script, as CPython's {@code -i})
     * @param startup the {@code PYTHONSTARTUP} file to run first, or null
     * @return the exit status
     */
    int run(boolean banner, String startup) {
        return run(host.console(), banner, startup);
    }

    /** As {@link #run(boolean, String)}, on the host's console already made. */
    int run(InteractiveConsole console, boolean banner, String startup) {
        // while code runs, Ctrl-C interrupts it: ^C typed into a terminal that is not the
        // process's own (a test's) comes here; the process's SIGINT stays with its owner (the
        // engine's handler, or SignalBridge's), lent to the line editor only while it reads
        SignalBridge.keepingHandler(() -> terminal.handle(Terminal.Signal.INT, signal -> host.interrupt()));
        LineReader reader = lineReader(console);
        PrintWriter out = terminal.writer();
        if (banner) {
            out.println(console.banner());
            out.flush();
        }
        try {
            if (startup != null) {
                console.runStartup(startup);
                host.flush();
            }
            return loop(console, reader, out);
        } catch (SystemExitException e) {
            host.flush();
            if (e.printedMessage() != null) {
                err.println(e.printedMessage());
                err.flush();
            }
            return e.exitStatus();
        } finally {
            saveHistory(reader);
        }
    }

    private int loop(InteractiveConsole console, LineReader reader, PrintWriter out) {
        boolean more = false;
        while (true) {
            try {
                String prompt = console.prompt(more);
                String line = SignalBridge.toTerminalWhile(terminal, () -> reader.readLine(prompt));
                more = push(console, line);
                if (more) {
                    statement.append(statement.isEmpty() ? "" : "\n").append(line);
                } else {
                    statement.setLength(0);
                }
            } catch (UserInterruptException | PythonException e) {
                // Ctrl-C while typing, or one that came between two pieces of code (as a statement
                // ended: raised in the prompt, a flush): the statement is forgotten
                interrupted(console, out);
                statement.setLength(0);
                more = false;
            } catch (EndOfFileException e) {
                out.println();
                out.flush();
                return ExitStatus.OK;
            }
        }
    }

    private void interrupted(InteractiveConsole console, PrintWriter out) {
        out.println("KeyboardInterrupt");
        out.flush();
        try {
            console.resetBuffer();
        } catch (PythonException again) {
            console.resetBuffer(); // one more Ctrl-C came meanwhile
        }
    }

    /** One line as typed, or several at once when pasted; returns whether more input is needed. */
    private boolean push(InteractiveConsole console, String text) {
        boolean more = false;
        try {
            for (String line : text.split("\r?\n", -1)) {
                more = console.push(line);
            }
        } catch (PythonException e) {
            // an exception outside the statement's code (Ctrl-C while it was being compiled)
            console.resetBuffer();
            more = false;
            err.print(e.tracebackText().isEmpty() ? e.pythonType() + "\n" : e.tracebackText());
        } finally {
            try {
                host.flush();
            } finally {
                err.flush();
            }
        }
        return more;
    }

    private LineReader lineReader(InteractiveConsole console) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pyhost")
                .parser(new PythonLineParser())
                .completer(new PythonCompleter(console))
                .variable(LineReader.ERRORS, 0) // completion by prefix only, no typo matching
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python's
                .option(LineReader.Option.INSERT_TAB, true); // Tab on a blank line indents
        if (ReplColors.wanted(env, terminal)) {
            int major = host.engine().map(Engine::pythonMajor).orElse(3);
            builder.highlighter(new PythonHighlighter(PythonNames.of(major), statement::toString));
        }
        return ReplHistory.configure(builder, historyFile).build();
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // an unwritable home: the session still ran
        }
    }
}
