package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Functions on file descriptors an engine lacked ({@code os_fd.py}), compared with CPython of the
 * same version: on Jython dup, dup2, fchmod, fchown, fstatvfs, fpathconf, ttyname, ctermid,
 * tcgetpgrp, tcsetpgrp and openpty, and its read, write, lseek, close, fstat, isatty and fdopen on
 * the ints dup answers. Results, exception types, errno and messages for bad descriptors and
 * arguments.
 */
abstract class OsDescriptorsContract extends ShimContract {

    @Test
    void descriptorFunctionsAnswerAsCPython() throws IOException {
        try (InputStream in = OsDescriptorsContract.class.getResourceAsStream("os_descriptors.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
