package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the distribution's build changes in Jython's classes prints as CPython 2.7 on 64-bit Linux
 * prints it (the scripts run under {@code ./pyhost}, whose jars have the changes, and under CPython
 * 2.7; skipped where that is not installed):
 * <ul>
 *   <li>{@code ints.py}: a value within 64 bits is an int, with no {@code L}, unless it came from
 *   {@code long(x)}, an {@code L} literal or arithmetic with a long (Jython's int is 32 bits);</li>
 *   <li>{@code hash.py}: {@code hash()} of strings, numbers and tuples of them is CPython's;</li>
 *   <li>{@code file_iteration.py}: a {@code for} loop over a write-only file raises CPython's
 *   IOError.</li>
 * </ul>
 * The shim contract tests run on Jython's jar as published, without these changes.
 */
class JythonRewritesIT {
    @ParameterizedTest
    @ValueSource(strings = {"ints.py", "hash.py", "file_iteration.py"})
    void printsAsCPython27(String script) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPython27Output.CPYTHON2), "CPython 2.7 at " + CPython27Output.CPYTHON2);
        Path file = Path.of("src/test/resources/jython-rewrites", script).toAbsolutePath();
        assertThat(CPython27Output.pyhost(file)).isEqualTo(CPython27Output.cpython(file));
    }
}
