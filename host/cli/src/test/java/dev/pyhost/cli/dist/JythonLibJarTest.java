package dev.pyhost.cli.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JythonLibJarTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheStandardLibraryIsCopiedWithItsBytes() throws IOException {
        Path standalone = dir.resolve("jython-standalone-2.7.4.jar");
        try (OutputStream f = Files.newOutputStream(standalone); ZipOutputStream z = new ZipOutputStream(f)) {
            for (String name : List.of("META-INF/MANIFEST.MF", "org/python/core/Py.class", "Lib/os.py",
                    "Lib/os$py.class", "Lib/logging/__init__.py", "LibX/not.py")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("content of " + name).getBytes());
                z.closeEntry();
            }
        }
        Path lib = dir.resolve("python2/jython-lib-2.7.4.jar");

        assertThat(JythonLibJar.copyLib(standalone, lib)).isEqualTo(3);

        try (ZipFile z = new ZipFile(lib.toFile())) {
            assertThat(Collections.list(z.entries()).stream().map(ZipEntry::getName))
                    .containsExactly("Lib/os.py", "Lib/os$py.class", "Lib/logging/__init__.py");
            assertThat(new String(z.getInputStream(z.getEntry("Lib/os$py.class")).readAllBytes()))
                    .isEqualTo("content of Lib/os$py.class");
        }
    }
}
