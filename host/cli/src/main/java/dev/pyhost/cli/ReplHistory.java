package dev.pyhost.cli;

import dev.pyhost.Engine;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;

import java.nio.file.Path;

/**
 * The prompt's history, kept across sessions in the user's home, one file per engine
 * ({@code ~/.pyhost_history_jython}, {@code ~/.pyhost_history_graalpy}): Python 2 and 3 lines
 * do not mix.
 */
final class ReplHistory {
    private ReplHistory() {
    }

    static Path file(Path home, Engine engine) {
        return home.resolve(".pyhost_history_" + engine.id());
    }

    /** Lines are kept as typed: indented ones too, blanks inside them unchanged. */
    static LineReaderBuilder configure(LineReaderBuilder builder, Path file) {
        return builder
                .variable(LineReader.HISTORY_FILE, file)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .option(LineReader.Option.HISTORY_INCREMENTAL, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false);
    }
}
