package dev.pyhost.cli;

import dev.pyhost.spi.InteractiveConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class StartingConsoleTest {

    /** A console that records what was pushed; its prompts are a session's own. */
    static final class Recording implements InteractiveConsole {
        final List<String> pushed = new ArrayList<>();

        public boolean push(String line) {
            pushed.add(line);
            return line.endsWith(":");
        }

        public void resetBuffer() {
        }

        public String prompt(boolean continuation) {
            return continuation ? "... " : ">>> ";
        }

        public String banner() {
            return "Python 9.9 (engine's own)";
        }

        public List<String> complete(String buffer, int cursor) {
            return List.of("getcwd(");
        }

        public void runStartup(String path) {
        }
    }

    @Test
    void theBannerAndFirstPromptShowBeforeTheEngineHasStarted() throws InterruptedException {
        CountDownLatch engineMayStart = new CountDownLatch(1);
        Recording real = new Recording();
        AtomicReference<String> started = new AtomicReference<>();
        StartingConsole console = StartingConsole.start(() -> {
            try {
                engineMayStart.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return real;
        }, "kept banner", started::set);

        assertThat(console.banner()).isEqualTo("kept banner");
        assertThat(console.prompt(false)).isEqualTo(">>> ");
        console.resetBuffer(); // Ctrl-C while the engine starts: nothing to forget yet

        engineMayStart.countDown();
        assertThat(console.push("if x:")).isTrue(); // waits for the engine, then runs there
        assertThat(real.pushed).containsExactly("if x:");
        assertThat(console.prompt(true)).isEqualTo("... ");
        assertThat(console.complete("os.getc", 7)).containsExactly("getcwd(");
        for (int i = 0; i < 50 && started.get() == null; i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertThat(started.get()).isEqualTo("Python 9.9 (engine's own)");
    }

    @Test
    void anEngineThatFailsToStartFailsTheFirstLine() {
        StartingConsole console = StartingConsole.start(() -> {
            throw new dev.pyhost.EngineException("GraalPy failed to start: no", null);
        }, "kept banner", b -> { });
        assertThat(console.banner()).isEqualTo("kept banner");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> console.push("1"))
                .isInstanceOf(dev.pyhost.EngineException.class).hasMessageContaining("failed to start");
    }

    @Test
    void aKeptBannerIsReadBackForTheSameJvmAndJarsOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("banner-jython.txt");
        BannerCache cache = BannerCache.at(file);
        assertThat(cache.read()).isNull();
        cache.store("Python 2.7.4\nType \"help\"");
        assertThat(BannerCache.at(file).read()).isEqualTo("Python 2.7.4\nType \"help\"");

        Files.writeString(file, "another-key\nPython 2.7.3");
        assertThat(BannerCache.at(file).read()).isNull();
    }
}
