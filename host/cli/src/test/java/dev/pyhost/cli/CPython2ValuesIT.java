package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values print as CPython 2.7 on 64-bit Linux prints them: integers (a value within 64 bits is an
 * int, with no {@code L}, unless it came from {@code long(x)}, an {@code L} literal or arithmetic
 * with a long; stock Jython's int is 32 bits) and {@code hash()} of strings, numbers and tuples
 * (stock Jython gives its Java hashes).
 */
class CPython2ValuesIT {
    @ParameterizedTest
    @ValueSource(strings = {"ints.py", "hash.py"})
    void printsAsCPython27(String script) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPython27Output.CPYTHON2), "CPython 2.7 at " + CPython27Output.CPYTHON2);
        Path file = Path.of("src/test/resources/cpython2-values", script).toAbsolutePath();
        assertThat(CPython27Output.pyhost(file)).isEqualTo(CPython27Output.cpython(file));
    }
}
