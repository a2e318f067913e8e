package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The file and process operations admin scripts use ({@code os_files.py}, written in the common
 * subset of Python 2 and 3): results, errno, strerror and filename of each error as CPython's.
 */
abstract class OsFilesContract extends ShimContract {

    @Test
    void fileOperationsAndTheirErrorsMatchCPython() throws IOException {
        try (InputStream in = OsFilesContract.class.getResourceAsStream("os_files.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
