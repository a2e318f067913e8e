package dev.pyhost.cli;

import dev.pyhost.Engine;
import dev.pyhost.spi.CacheFolder;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The banner an engine printed last time, kept so that the next prompt can show it before the
 * engine has started ({@code sys.version} needs a started interpreter). It is valid for the same
 * JVM and the same jars: the first line of the file is a key made of them.
 */
final class BannerCache {
    private final Path file;
    private final String key;

    private BannerCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    static BannerCache of(Engine engine) {
        return at(CacheFolder.of("banner-" + engine.id() + ".txt"));
    }

    /** The banner kept in that file. */
    static BannerCache at(Path file) {
        return new BannerCache(file, key());
    }

    /** The banner kept for this JVM and these jars, or null. */
    String read() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end > 0 && text.substring(0, end).equals(key) ? text.substring(end + 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps the banner the engine printed, when it differs from the one kept. */
    void store(String banner) {
        if (banner.equals(read())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, key + "\n" + banner, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // an unwritable cache: the next prompt waits for the engine's banner, as this one did
        }
    }

    /** The JVM's version and each jar of the class path with its size and time. */
    private static String key() {
        StringBuilder k = new StringBuilder(System.getProperty("java.vm.version", ""));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File f = new File(entry);
            k.append('|').append(f.getName()).append(':').append(f.length()).append(':').append(f.lastModified());
        }
        return Integer.toHexString(k.toString().hashCode()) + "-" + k.length();
    }
}
