package dev.pyhost.shimtests.gevent;

import dev.pyhost.shimtests.CPython;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real greenlet, gevent and eventlet on CPython 3, the oracle for pyhost's versions on both
 * engines (there is no Python 2 edition of them at hand; the snippets keep to the common subset of
 * Python 2 and 3, so Jython runs them too). Checks are skipped where the libraries are missing.
 */
public final class RealLibraries {
    private static final Map<String, Boolean> PRESENT = new HashMap<>();

    private RealLibraries() {
    }

    /** What {@code code} prints under CPython 3 with the real libraries; skips the test without them. */
    public static String run(String code, String... modules) {
        for (String m : modules) {
            Assumptions.assumeTrue(present(m), "real " + m + " is not installed for CPython 3");
        }
        return CPython.run(3, code, tmp());
    }

    private static synchronized boolean present(String module) {
        return PRESENT.computeIfAbsent(module, m -> CPython.run(3,
                "try:\n    import " + m + "\n    print('yes')\nexcept ImportError:\n    print('no')\n", tmp())
                .strip().equals("yes"));
    }

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
