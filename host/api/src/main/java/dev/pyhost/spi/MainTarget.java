package dev.pyhost.spi;

import java.nio.file.Path;

/**
 * What runs as {@code __main__}: a script file, a {@code -c} command, a {@code -m} module, or
 * source read from standard input.
 *
 * @since 0.1
 */
public sealed interface MainTarget {

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
