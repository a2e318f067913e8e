package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Invalid environment names and closed descriptors ({@code os_bad_arguments.py}): OSError with
 * EINVAL or EBADF as CPython raises them (Jython raised KeyError and ValueError; GraalPy had no
 * fdatasync).
 */
abstract class OsBadArgumentsContract extends ShimContract {

    @Test
    void badNamesAndClosedFilesGiveCPythonsErrors() throws IOException {
        try (InputStream in = OsBadArgumentsContract.class.getResourceAsStream("os_bad_arguments.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
