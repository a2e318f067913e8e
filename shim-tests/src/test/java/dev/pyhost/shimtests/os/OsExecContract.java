package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * The {@code os.exec*} family: CPython's errors for a program that cannot run and for bad
 * arguments. (A program that does run ends the run it replaces: the command line's
 * DaemonIT#execTakesTheScriptsPlaceNotTheDaemons checks that, for a run that owns its process
 * and for a warm run of the daemon.)
 */
abstract class OsExecContract extends ShimContract {
    @Test
    void execFamilyMatchesCPython() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os, sys
                def attempt(fn, *args):
                    try:
                        fn(*args)
                    except Exception as e:
                        print(type(e).__name__, e)
                attempt(os.execv, '/nonexistent', ['x'])
                attempt(os.execv, '/etc/passwd', ['x'])
                attempt(os.execv, '/bin/sh', [])
                attempt(os.execv, '/bin/sh', 'x')
                attempt(os.execve, '/bin/sh', ['sh'], {'A=B': 'x'})
                attempt(os.execvp, 'no-such-program-anywhere', ['x'])
                attempt(os.execlp, 'no-such-program-anywhere', 'x')
                attempt(os.execvpe, 'sh', ['sh'], {'PATH': '/nonexistent:/etc'})
                """);
    }
}
