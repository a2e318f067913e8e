package dev.pyhost.cli;

import dev.pyhost.PyHost;
import dev.pyhost.SystemExitException;
import dev.pyhost.spi.InteractiveConsole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A plain interactive prompt over the engine's own console (prompts on stderr, as CPython
 * writes them). The line editor with history and completion is a separate piece.
 */
final class BasicRepl {
    private final PyHost host;
    private final BufferedReader in;
    private final PrintStream err;

    BasicRepl(PyHost host, InputStream in, PrintStream err) {
        this.host = host;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.err = err;
    }

    int run() {
        InteractiveConsole console = host.console();
        err.println(console.banner());
        boolean more = false;
        while (true) {
            err.print(console.prompt(more));
            err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                err.println();
                return ExitStatus.OK;
            }
            try {
                more = console.push(line);
            } catch (SystemExitException e) {
                return e.exitStatus();
            }
            host.flush();
        }
    }
}
