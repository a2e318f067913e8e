package dev.pyhost.shimtests.ctypes;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/** {@code ctypes.util}, which Jython's ctypes lacks, finds libraries as CPython 2.7's does on Linux. */
class JythonCtypesUtilTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void findLibraryGivesTheSonameOrNone() {
        assertSameAsCPython("""
                import ctypes.util
                import ctypes
                print ctypes.util.__name__
                for name in ('c', 'm', 'pthread', 'no-such-library-xyz'):
                    print name, ctypes.util.find_library(name)
                """);
    }
}
