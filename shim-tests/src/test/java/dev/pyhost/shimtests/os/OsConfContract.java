package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code os.sysconf}, {@code os.confstr}, {@code os.pathconf} and their name tables
 * ({@code os_conf.py}): the C library's answers for every name CPython lists, as CPython gives
 * them (Jython had none of them; GraalPy knew 33 names and gave the JVM's heap as physical pages).
 */
abstract class OsConfContract extends ShimContract {

    @Test
    void configurationValuesAreTheCLibrarys() throws IOException {
        try (InputStream in = OsConfContract.class.getResourceAsStream("os_conf.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
