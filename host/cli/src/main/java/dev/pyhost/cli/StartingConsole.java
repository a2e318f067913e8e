package dev.pyhost.cli;

import dev.pyhost.spi.InteractiveConsole;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A console whose engine is still starting: the banner (kept from an earlier session) and
 * CPython's default first prompt are there at once, so the prompt shows and takes typing while
 * the interpreter starts; what needs the interpreter (running a line, completing a name) waits
 * for it. Only for a fresh session without {@code PYTHONSTARTUP}, where {@code sys.ps1} can only
 * be {@code '>>> '}.
 */
final class StartingConsole implements InteractiveConsole {
    private final CompletableFuture<InteractiveConsole> starting;
    private final String banner;

    private StartingConsole(CompletableFuture<InteractiveConsole> starting, String banner) {
        this.starting = starting;
        this.banner = banner;
    }

    /**
     * Starts the console on a thread of its own.
     *
     * @param open    makes the real console (starts the engine)
     * @param banner  the banner to show meanwhile
     * @param started given the real console's banner once it has started
     */
    static StartingConsole start(Supplier<InteractiveConsole> open, String banner, Consumer<String> started) {
        CompletableFuture<InteractiveConsole> f = CompletableFuture.supplyAsync(open);
        f.thenAccept(c -> started.accept(c.banner()));
        return new StartingConsole(f, banner);
    }

    private InteractiveConsole started() {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public boolean push(String line) {
        return started().push(line);
    }

    @Override
    public void resetBuffer() {
        if (starting.isDone()) {
            started().resetBuffer();
        }
    }

    @Override
    public String prompt(boolean continuation) {
        if (!starting.isDone() && !continuation) {
            return ">>> ";
        }
        return started().prompt(continuation);
    }

    @Override
    public String banner() {
        return banner;
    }

    @Override
    public List<String> complete(String buffer, int cursor) {
        return started().complete(buffer, cursor);
    }

    @Override
    public void runStartup(String path) {
        started().runStartup(path);
    }
}
