package dev.pyhost.shimtests.os;

import dev.pyhost.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;

class JythonOsDescriptorsTest extends OsDescriptorsContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    /**
     * dup, dup2, fchmod, fchown, fstatvfs, fpathconf, openpty and ttyname on a pseudo-terminal, and
     * read, write, lseek, close, fstat, isatty and fdopen on the ints dup answers, as CPython 2's.
     */
    @Test
    void descriptorFunctionsAnswerAsCPython() throws IOException {
        assertSameAsCPython(snippet("os_descriptors.py"));
    }
}
