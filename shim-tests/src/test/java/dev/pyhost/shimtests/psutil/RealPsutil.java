package dev.pyhost.shimtests.psutil;

import dev.pyhost.shimtests.CPython;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;

/**
 * The oracle for psutil: CPython 3 with the real psutil (Debian's python3-psutil). There is no
 * psutil for CPython 2 here, so snippets compared against it are written to print the same on
 * Python 2 and 3 (print_function, type names normalised).
 */
final class RealPsutil {
    private static Boolean present;

    private RealPsutil() {
    }

    /** Runs the snippet under CPython 3 with real psutil; skips the test when it is not installed. */
    static String run(String code) {
        synchronized (RealPsutil.class) {
            if (present == null) {
                present = CPython.run(3, "try:\n    import psutil\n    print('yes')\nexcept ImportError:\n    print('no')\n",
                        Path.of(System.getProperty("java.io.tmpdir"))).strip().equals("yes");
            }
        }
        Assumptions.assumeTrue(present, "CPython 3 has no psutil (apt-get install python3-psutil)");
        return CPython.run(3, code, Path.of(System.getProperty("java.io.tmpdir")));
    }
}
