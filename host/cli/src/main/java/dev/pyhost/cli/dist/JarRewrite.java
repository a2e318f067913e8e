package dev.pyhost.cli.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes a jar from another one, entry by entry in their order with their times: those an
 * {@link Edit} keeps, with the bytes it gives. The new jar is written whole (a temporary file
 * beside it, then a rename) with the source's permissions; {@code target} may be the source.
 */
final class JarRewrite {
    /** What happens to one entry: its new bytes, or null to leave it out. */
    interface Edit {
        byte[] apply(String name, byte[] data);
    }

    private JarRewrite() {
    }

    /** Rewrites {@code source} into {@code target}; returns how many entries were written. */
    static int rewrite(Path source, Path target, Edit edit) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        int written = 0;
        try {
            try (ZipFile zip = new ZipFile(source.toFile());
                 OutputStream file = Files.newOutputStream(tmp);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry in = entries.nextElement();
                    byte[] data;
                    try (InputStream s = zip.getInputStream(in)) {
                        data = edit.apply(in.getName(), s.readAllBytes());
                    }
                    if (data == null) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(in.getName());
                    copy.setTime(in.getTime());
                    if (in.getExtra() != null) {
                        copy.setExtra(in.getExtra());
                    }
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                    written++;
                }
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(source));
            } catch (UnsupportedOperationException notPosix) {
                // the temporary file's own permissions do
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return written;
    }
}
