package dev.pyhost.shims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a shim's Python glue from this jar's resources. */
public final class GlueSource {
    private GlueSource() {
    }

    /** The text of {@code /dev/pyhost/shims/NAME}; fails loudly when the jar lacks it. */
    public static String load(String resource) {
        String path = "/dev/pyhost/shims/" + resource;
        try (InputStream in = GlueSource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing shim glue " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
