package dev.pyhost.spi;

import java.nio.file.Path;

/**
 * The folder pyhost keeps derived files in (unpacked standard libraries, compiled code):
 * {@code $XDG_CACHE_HOME/pyhost/NAME}, else {@code ~/.cache/pyhost/NAME}. Deleting it is always
 * safe.
 *
 * @since 0.1
 */
public final class CacheFolder {
    private CacheFolder() {
    }

    public static Path of(String name) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("pyhost").resolve(name);
    }
}
