package dev.pyhost.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The process's terminal for the prompt; a dumb one when there is no tty or TERM=dumb. */
final class ReplTerminal {
    private ReplTerminal() {
    }

    static Terminal open() throws IOException {
        return TerminalBuilder.builder()
                .name("pyhost")
                .system(true)
                // SIGINT stays with the engine and SignalBridge, which lends it to the reader
                .nativeSignals(false)
                .dumb(true) // falls back to a dumb terminal silently
                .encoding(StandardCharsets.UTF_8)
                .build();
    }
}
