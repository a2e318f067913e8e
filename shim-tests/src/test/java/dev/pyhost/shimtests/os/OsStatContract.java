package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code os.stat} and {@code os.lstat} ({@code os_stat.py}): neither engine's result had
 * st_blocks, st_blksize or st_rdev; now every field, compared with CPython of the same version.
 */
abstract class OsStatContract extends ShimContract {

    @Test
    void statResultsHaveEveryFieldCPythonGives() throws IOException {
        try (InputStream in = OsStatContract.class.getResourceAsStream("os_stat.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
