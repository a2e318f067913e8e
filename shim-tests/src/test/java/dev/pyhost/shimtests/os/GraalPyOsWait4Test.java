package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * os.wait3 and os.wait4, which GraalPy lacked ({@code os_calls.py}), compared with CPython 3. On a
 * host of its own: wait3 takes any child of the session. (Jython has no resource module for the
 * struct_rusage they answer, so it stays without them.)
 */
class GraalPyOsWait4Test extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    @Override
    protected boolean needsOwnHost() {
        return true;
    }

    @Test
    void wait3AndWait4AnswerAsCPython() throws IOException {
        try (InputStream in = GraalPyOsWait4Test.class.getResourceAsStream("os_wait4.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
