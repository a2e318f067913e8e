package dev.pyhost.spi;

import java.nio.file.Path;

/**
 * What runs as {@code __main__}: a script file, a {@code -c} command, a {@code -m} module, or
 * source read from standard input.
 *
 * @since 0.1
 */
public sealed interface MainTarget {

    /** The kind as {@code _pyhost.run_main} takes it: script, command, module or source. */
    default String kind() {
        return switch (this) {
            case Script s -> "script";
            case Command c -> "command";
            case Module m -> "module";
            case Source s -> "source";
        };
    }

    /** The path, code or module name {@code _pyhost.run_main} takes with the kind. */
    default String value() {
        return switch (this) {
            case Script s -> s.file().toString();
            case Command c -> c.code();
            case Module m -> m.name();
            case Source s -> s.code();
        };
    }

    /** A script file; {@code sys.path[0]} is its folder. */
    record Script(Path file) implements MainTarget {
    }

    /** {@code -c CODE}: {@code sys.argv[0] == '-c'}, {@code sys.path[0] == ''}. */
    record Command(String code) implements MainTarget {
    }

    /** {@code -m NAME}: found on {@code sys.path} and run as {@code __main__}. */
    record Module(String name) implements MainTarget {
    }

    /** Source text already read, e.g. from standard input, compiled under {@code filename}. */
    record Source(String code, String filename) implements MainTarget {
    }
}
