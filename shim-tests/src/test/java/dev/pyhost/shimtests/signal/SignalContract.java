package dev.pyhost.shimtests.signal;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code signal}: SIG_IGN for SIGINT and SIGTERM reads back as set, children start ignoring the
 * signals, and the handlers put back read as before; SIGPIPE and SIGXFSZ read as ignored from the
 * start and reach children as CPython's ({@code signal_ignored.py}), as in CPython.
 */
abstract class SignalContract extends ShimContract {

    @Test
    void ignoredSignalsReadBackReachChildrenAndCanBeUndone() throws IOException {
        try (InputStream in = SignalContract.class.getResourceAsStream("signal_ignored.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
