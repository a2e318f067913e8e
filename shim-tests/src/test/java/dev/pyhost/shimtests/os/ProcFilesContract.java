package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Files under {@code /proc} ({@code proc_files.py}): they report a size of 0, and reading them
 * gives what they hold, by {@code open()}, line by line, after a seek, and by {@code os.read}
 * (GraalPy's Java POSIX layer gave nothing).
 */
abstract class ProcFilesContract extends ShimContract {

    @Test
    void procFilesReadAsInCPython() throws IOException {
        try (InputStream in = ProcFilesContract.class.getResourceAsStream("proc_files.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
