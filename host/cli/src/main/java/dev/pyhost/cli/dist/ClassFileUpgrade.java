package dev.pyhost.cli.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A build step of the distribution: rewrites the class files of Java 5 (class-file version 49)
 * in the jars of {@code dist/lib} as version 50, Java 6, so that the JDK's ahead-of-time class
 * cache can hold them. Jython's and picocli's classes are version 49; the cache skips those ("old
 * class"), and they are about half of the classes a Jython start loads.
 *
 * <p>Versions 49 and 50 have the same format. A version-50 class may lack the stack map frames
 * of later versions: the JVM then verifies it by type inference, as it verifies version 49, so
 * the classes behave exactly as before. Signed jars are left alone (a signature covers the bytes).
 * A jar with nothing to change is not rewritten, so running this again changes nothing.
 *
 * <pre>java dev.pyhost.cli.dist.ClassFileUpgrade DIR_OR_JAR...</pre>
 */
public final class ClassFileUpgrade {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int JAVA_5 = 49;
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(p, "*.jar")) {
                    for (Path jar : jars) {
                        upgrade(jar);
                    }
                }
            } else {
                upgrade(p);
            }
        }
    }

    /** Rewrites {@code jar} in place when it holds version-49 classes; returns how many changed. */
    static int upgrade(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (isSigned(zip) || !hasOldClasses(zip)) {
                return 0;
            }
        }
        int[] changed = {0};
        JarRewrite.rewrite(jar, jar, (name, data) -> {
            if (isOldClass(name, data)) {
                data[6] = 0;
                data[7] = JAVA_6;
                changed[0]++;
            }
            return data;
        });
        return changed[0];
    }

    private static boolean isSigned(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
    }

    private static boolean hasOldClasses(ZipFile zip) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().endsWith(".class")) {
                try (InputStream s = zip.getInputStream(e)) {
                    if (isOldClass(e.getName(), s.readNBytes(8))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isOldClass(String name, byte[] head) {
        if (!name.endsWith(".class") || head.length < 8) {
            return false;
        }
        int magic = (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff;
        int major = (head[6] & 0xff) << 8 | head[7] & 0xff;
        return magic == MAGIC && major == JAVA_5;
    }
}
