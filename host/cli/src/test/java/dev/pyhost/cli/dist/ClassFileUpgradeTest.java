package dev.pyhost.cli.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClassFileUpgradeTest {
    @TempDir
    Path dir;

    private static byte[] classFile(int major, String body) {
        byte[] tail = body.getBytes();
        byte[] b = new byte[8 + tail.length];
        b[0] = (byte) 0xCA;
        b[1] = (byte) 0xFE;
        b[2] = (byte) 0xBA;
        b[3] = (byte) 0xBE;
        b[6] = (byte) (major >> 8);
        b[7] = (byte) major;
        System.arraycopy(tail, 0, b, 8, tail.length);
        return b;
    }

    private Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                m.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return m;
    }

    @Test
    void java5ClassesBecomeJava6AndEverythingElseStaysAsItWas() throws IOException {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
        in.put("a/Old.class", classFile(49, "old body"));
        in.put("a/New.class", classFile(52, "new body"));
        in.put("a/Older.class", classFile(48, "older body"));
        in.put("Lib/os.py", "import sys\n".getBytes());
        Path jar = jar("lib.jar", in);

        assertThat(ClassFileUpgrade.upgrade(jar)).isEqualTo(1);

        Map<String, byte[]> out = read(jar);
        assertThat(out.keySet()).containsExactlyElementsOf(in.keySet());
        assertThat(out.get("a/Old.class")).isEqualTo(classFile(50, "old body"));
        assertThat(out.get("a/New.class")).isEqualTo(in.get("a/New.class"));
        assertThat(out.get("a/Older.class")).isEqualTo(in.get("a/Older.class"));
        assertThat(out.get("Lib/os.py")).isEqualTo(in.get("Lib/os.py"));
        assertThat(out.get("META-INF/MANIFEST.MF")).isEqualTo(in.get("META-INF/MANIFEST.MF"));
    }

    @Test
    void aJarWithNothingToChangeIsNotRewritten() throws IOException {
        Path jar = jar("done.jar", Map.of("a/New.class", classFile(50, "x")));
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jar, before);

        assertThat(ClassFileUpgrade.upgrade(jar)).isZero();
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(before);
    }

    @Test
    void aSignedJarIsLeftAlone() throws IOException {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("META-INF/SIGNER.SF", "Signature-Version: 1.0\n".getBytes());
        in.put("a/Old.class", classFile(49, "signed"));
        Path jar = jar("signed.jar", in);

        assertThat(ClassFileUpgrade.upgrade(jar)).isZero();
        assertThat(read(jar).get("a/Old.class")).isEqualTo(classFile(49, "signed"));
    }
}
