package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Functions on file descriptors an engine lacked ({@code os_fd.py}), compared with CPython of the
 * same version: the terminal calls (ttyname, tcgetpgrp, tcsetpgrp) on both engines here; the rest,
 * Jython's alone, in {@link JythonOsDescriptorsTest}. Results, exception types, errno and messages
 * for bad descriptors and arguments.
 */
abstract class OsDescriptorsContract extends ShimContract {

    @Test
    void terminalCallsAnswerAsCPython() throws IOException {
        assertSameAsCPython(snippet("os_terminals.py"));
    }

    static String snippet(String name) throws IOException {
        try (InputStream in = OsDescriptorsContract.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
