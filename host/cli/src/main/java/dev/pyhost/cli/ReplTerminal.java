package dev.pyhost.cli;

import dev.pyhost.spi.Terminals;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The process's terminal for the prompt; a dumb one when there is no tty or TERM=dumb. When stdin or
 * stdout is not a tty, prompts go to stderr, as CPython writes them there without readline.
 */
final class ReplTerminal {
    private ReplTerminal() {
    }

    /** {@link #open()} on a thread of its own, so that other start-up work overlaps it. */
    static CompletableFuture<Terminal> openAsync() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The terminal {@link #openAsync()} opened. */
    static Terminal await(CompletableFuture<Terminal> opening) throws IOException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    static void closeQuietly(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the process is ending
        }
    }

    static Terminal open() throws IOException {
        if (!Terminals.isTerminal(0) || !Terminals.isTerminal(1)) {
            return new DumbTerminal("pyhost", Terminal.TYPE_DUMB, new FileInputStream(FileDescriptor.in),
                    new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        }
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
