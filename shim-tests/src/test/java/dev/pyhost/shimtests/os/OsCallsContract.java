package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The os functions and constants one engine lacked or answered wrongly ({@code os_calls.py}):
 * on GraalPy geteuid, nice, getpriority, mkfifo, mknod, killpg, setpgid, getpgrp, statvfs's
 * last fields, uname's version; on Jython killpg, statvfs, getgroups, getresuid, the EX_* codes,
 * times. Each compared with CPython of the same version.
 */
abstract class OsCallsContract extends ShimContract {

    @Test
    void functionsAnEngineLackedAnswerAsCPython() throws IOException {
        try (InputStream in = OsCallsContract.class.getResourceAsStream("os_calls.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
