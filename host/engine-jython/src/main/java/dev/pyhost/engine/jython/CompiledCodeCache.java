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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Jython bytecode for pyhost's own Python sources, compiled once and kept in
 * {@code $XDG_CACHE_HOME/pyhost/jython} (or {@code ~/.cache/pyhost/jython}), keyed by the source
 * and the Jython version, with frames the JVM accepts ({@link CompiledFrames}): compiling the
 * runtime costs about a quarter of a second at every start, loading its class a few milliseconds. Files are written whole (temporary file, then
 * rename); an unusable cache folder only means compiling each time.
 */
final class CompiledCodeCache {
    private static final Path FOLDER = CacheFolder.of("jython");
    /** Hex digits of a version's key in its file name. */
    private static final int KEY_LENGTH = 24;
    private static final int KEPT_VERSIONS = 4;
    /**
     * In the key: classes cached before their frames were computed again, or before a long
     * literal kept its {@code L} ({@code CPython2Ints}), are not taken.
     */
    private static final byte[] FRAMES = "frames-recomputed long-literals".getBytes(StandardCharsets.US_ASCII);
    /**
     * In the key too: whether this Jython is the distribution's, whose compiler marks an {@code L}
     * literal as a long ({@code CPythonLongLiterals}), or Jython's jar as published (an embedding
     * application's, the shim tests'), whose classes lose that mark: the two share the cache
     * folder, and one's classes would otherwise be the other's. Told by the mark the same build
     * leaves in {@code PyLong} ({@code CPythonIntWidth}): a class every start loads anyway, where
     * loading the compiler to look would cost tens of milliseconds when the code is cached.
     */
    private static final byte[] COMPILER = (marked("org.python.core.PyLong", "pyhost$intWidth$")
            ? "distribution" : "published").getBytes(StandardCharsets.US_ASCII);

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
            classBytes = CompiledFrames.recomputed(imp.compileSource(moduleName,
                    new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), filename));
            store(file, classBytes);
            forgetOlderVersions(moduleName);
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

    /**
     * Keeps the newest few compiled versions of a module (other checkouts or versions of pyhost may
     * share the folder and still use theirs); older ones are deleted, so the folder does not grow
     * with every change of the sources.
     */
    private static void forgetOlderVersions(String moduleName) {
        String prefix = moduleName + "-";
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> versions = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".class") && n.length() == prefix.length() + KEY_LENGTH + 6;
            }).sorted(Comparator.comparing(CompiledCodeCache::modified).reversed()).toList();
            for (Path old : versions.subList(Math.min(KEPT_VERSIONS, versions.size()), versions.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // another process tidied it first, or the folder is not ours to tidy
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the class has a field whose name starts with {@code prefix} (a build step's mark). */
    private static boolean marked(String className, String prefix) {
        try {
            for (java.lang.reflect.Field f : Class.forName(className).getDeclaredFields()) {
                if (f.getName().startsWith(prefix)) {
                    return true;
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // no such compiler: as published
        }
        return false;
    }

    private static String key(String source, String filename) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(org.python.Version.PY_VERSION.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(FRAMES);
            d.update((byte) 0);
            d.update(COMPILER);
            d.update((byte) 0);
            d.update(filename.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest(), 0, KEY_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
