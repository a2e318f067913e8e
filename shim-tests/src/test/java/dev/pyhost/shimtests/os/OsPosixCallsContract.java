package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * POSIX calls GraalPy's Java backend lacks or gets wrong ({@code os_posix_calls.py}, Python 3):
 * link (always FileExistsError), mkdir's mode, utime's fractions of a second, times, closerange,
 * device_encoding, umask (GraalPy's answered its argument), and EBADF from calls given a closed descriptor.
 */
abstract class OsPosixCallsContract extends ShimContract {

    @Test
    void callsAndTheirErrorsMatchCPython() throws IOException {
        try (InputStream in = OsPosixCallsContract.class.getResourceAsStream("os_posix_calls.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
