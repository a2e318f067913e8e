package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code os.getloadavg} ({@code os_loadavg.py}): the C library's three averages, as CPython
 * gives them (Jython had no getloadavg; GraalPy gave the JVM's one figure three times).
 */
abstract class OsLoadavgContract extends ShimContract {

    @Test
    void loadAveragesAreTheCLibrarys() throws IOException {
        try (InputStream in = OsLoadavgContract.class.getResourceAsStream("os_loadavg.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
