package dev.pyhost.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The source of {@code _pyhost}, the Python side of every session (one file for both engines):
 * shim import hooks, the {@code __main__} runner, the interactive console.
 *
 * @since 0.1
 */
public final class RuntimeSource {
    /** The file name its code objects carry (tracebacks skip frames from it). */
    public static final String FILENAME = "<pyhost runtime>";

    private static final String TEXT = load();

    private RuntimeSource() {
    }

    public static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = RuntimeSource.class.getResourceAsStream("/dev/pyhost/runtime/_pyhost.py")) {
            if (in == null) {
                throw new IllegalStateException("pyhost-api jar is incomplete: dev/pyhost/runtime/_pyhost.py is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
