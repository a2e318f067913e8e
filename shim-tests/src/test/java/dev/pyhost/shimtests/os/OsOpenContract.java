package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code os.open} ({@code os_open.py}): O_RDWR and O_WRONLY keep what the file holds (Jython
 * emptied it), a new file gets the mode asked for, errors are OSError with CPython's errno.
 */
abstract class OsOpenContract extends ShimContract {

    @Test
    void openKeepsTheFileAndItsErrorsMatchCPython() throws IOException {
        try (InputStream in = OsOpenContract.class.getResourceAsStream("os_open.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
