package dev.pyhost.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dict or set iterates in CPython 2.7's order on Jython: scripts of dict and set operations print
 * the same under {@code ./pyhost} as under CPython 2.7 (skipped where that is not installed). Stock
 * Jython iterates in its Java maps' order, which no seed here matches.
 */
class DictOrderIT {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"operations.py, 1", "operations.py, 2", "operations.py, 3", "operations.py, 4", "keywords.py, 0",
            "sets.py, 1", "sets.py, 2", "sets.py, 3", "defaultdict.py, 0",
            "attributes.py, 0", "churn.py, 0"})
    void printsAsCPython27(String script, String seed) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPython27Output.CPYTHON2), "CPython 2.7 at " + CPython27Output.CPYTHON2);
        Path file = Path.of("src/test/resources/dict-order", script).toAbsolutePath();
        assertThat(CPython27Output.pyhost(file, seed)).isEqualTo(CPython27Output.cpython(file, seed));
    }
}
