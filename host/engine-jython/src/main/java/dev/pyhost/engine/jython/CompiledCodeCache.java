package dev.pyhost.engine.jython;

import dev.pyhost.spi.CacheFolder;
import org.python.core.BytecodeLoader;
import org.python.core.PyCode;
import org.python.core.imp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Jython bytecode for pyhost's own Python sources, compiled once and kept in
 * {@code $XDG_CACHE_HOME/pyhost/jython} (or {@code ~/.cache/pyhost/jython}), keyed by the source
 * and the Jython version: compiling the runtime costs about a quarter of a second at every
 * start, loading its class a few milliseconds. Files are written whole (temporary file, then
 * rename); an unusable cache folder only means compiling each time.
 */
final class CompiledCodeCache {
    private static final Path FOLDER = CacheFolder.of("jython");

    private CompiledCodeCache() {
    }

    static PyCode load(String moduleName, String source, String filename) {
        byte[] classBytes = null;
        Path file = FOLDER.resolve(moduleName + "-" + key(source, filename) + ".class");
        try {
            if (Files.isRegularFile(file)) {
                classBytes = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            classBytes = null;
        }
        if (classBytes == null) {
            classBytes = imp.compileSource(moduleName,
                    new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), filename);
            store(file, classBytes);
        }
        return BytecodeLoader.makeCode(moduleName + "$py", classBytes, filename);
    }

    private static void store(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder: compile again next time
        }
    }

    private static String key(String source, String filename) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(org.python.Version.PY_VERSION.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(filename.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
