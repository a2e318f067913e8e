package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * os.pread and os.pwrite, which GraalPy lacked ({@code os_fd.py}), compared with CPython 3, four
 * threads' preads on one descriptor included. (CPython 2 has neither, so Jython needs none.)
 */
class GraalPyOsPreadTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    @Test
    void preadAndPwriteAnswerAsCPython() throws IOException {
        try (InputStream in = GraalPyOsPreadTest.class.getResourceAsStream("os_pread.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
