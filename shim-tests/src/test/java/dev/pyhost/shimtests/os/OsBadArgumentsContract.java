package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Invalid environment names and closed descriptors ({@code os_bad_arguments.py}): OSError with
 * EINVAL or EBADF as CPython raises them (Jython raised KeyError and ValueError; GraalPy had no
 * fdatasync).
 */
abstract class OsBadArgumentsContract extends ShimContract {

    @Test
    void badNamesAndClosedFilesGiveCPythonsErrors() throws IOException {
        try (InputStream in = OsBadArgumentsContract.class.getResourceAsStream("os_bad_arguments.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * A path of another type (None from a missing setting, a number) to the calls pyhost makes
     * itself: CPython's TypeError and words per version, checked before the other arguments.
     * Before: "'NoneType' object is not iterable" on Jython, GraalPy's fspath words on GraalPy.
     */
    @Test
    void pathsOfAnotherTypeGetCPythonsTypeErrors() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os
                cases = ["os.mkfifo(None)", "os.mknod(None)", "os.statvfs(None)", "os.pathconf(None, 'PC_NAME_MAX')",
                         "os.pathconf(None, 'bad')", "os.stat(None)", "os.lstat(None)", "os.mkfifo(3)", "os.mkfifo(None, 'x')",
                         "os.path.exists(None)", "os.path.isdir(None)", "os.path.getsize(None)", "os.path.islink(None)",
                         "os.stat(1.5)", "os.lstat([])", "os.stat('/nonexistent/x')"]
                for c in cases:
                    try:
                        print(c, 'ok', eval(c) if 'os.path.is' in c or 'exists' in c else '')
                    except Exception as e:
                        print(c, type(e).__name__, e)
                """);
    }
}
