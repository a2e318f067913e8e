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
 * A build step of the distribution: copies the Python standard library of Jython's standalone
 * jar ({@code Lib/}, about 1,400 entries) into a jar of its own, from which the Jython engine
 * imports it. Importing from the standalone jar made Jython's zipimporter read the directory of
 * all its 25,000 entries (classes included) into Python objects at every start: 100-150 ms.
 * The jar is rewritten only when the standalone jar is newer.
 *
 * <pre>java dev.pyhost.cli.dist.JythonLibJar STANDALONE_JAR LIB_JAR</pre>
 */
public final class JythonLibJar {
    private static final String LIB = "Lib/";

    private JythonLibJar() {
    }

    public static void main(String[] args) throws IOException {
        Path standalone = Path.of(args[0]);
        Path lib = Path.of(args[1]);
        if (Files.exists(lib) && Files.getLastModifiedTime(lib).compareTo(Files.getLastModifiedTime(standalone)) >= 0) {
            return;
        }
        copyLib(standalone, lib);
    }

    /** Writes the {@code Lib/} entries of {@code standalone} to {@code lib}; returns how many. */
    static int copyLib(Path standalone, Path lib) throws IOException {
        Files.createDirectories(lib.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(lib.toAbsolutePath().getParent(), lib.getFileName().toString(), ".tmp");
        int copied = 0;
        try {
            try (ZipFile zip = new ZipFile(standalone.toFile());
                 OutputStream file = Files.newOutputStream(tmp);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry in = entries.nextElement();
                    if (!in.getName().startsWith(LIB)) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(in.getName());
                    copy.setTime(in.getTime());
                    out.putNextEntry(copy);
                    try (InputStream s = zip.getInputStream(in)) {
                        s.transferTo(out);
                    }
                    out.closeEntry();
                    copied++;
                }
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(standalone));
            } catch (UnsupportedOperationException notPosix) {
                // the temporary file's own permissions do
            }
            Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return copied;
    }
}
