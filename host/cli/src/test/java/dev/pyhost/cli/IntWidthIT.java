package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integers print as CPython 2.7 on 64-bit Linux prints them: a value within 64 bits is an int (no
 * {@code L}) unless it came from {@code long(x)}, an {@code L} literal or arithmetic with a long.
 * Stock Jython's int is 32 bits, so most lines of the script differ there.
 */
class IntWidthIT {
    @Test
    void printsAsCPython27() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPython27Output.CPYTHON2), "CPython 2.7 at " + CPython27Output.CPYTHON2);
        Path file = Path.of("src/test/resources/cpython2-values/ints.py").toAbsolutePath();
        assertThat(CPython27Output.pyhost(file)).isEqualTo(CPython27Output.cpython(file));
    }
}
