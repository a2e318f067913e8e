package dev.pyhost.shimtests.select;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * select.select's arguments as CPython checks them, and the descriptors it takes: before, Jython
 * raised EBADF for None and for the ends of os.pipe(), and GraalPy failed on an iterator given
 * for a list ("object of type 'generator' has no len()").
 */
abstract class SelectArgumentsContract extends ShimContract {

    @Test
    void badArgumentsAreRefusedAndPipesAndFilesArePolled() {
        assertSameAsCPython("""
                from __future__ import print_function
                import os, select, tempfile
                cases = [([None], [], []), (None, [], []), ([1.5], [], []), (['x'], [], []), ([-1], [], []),
                         ((i for i in []), [], []), ([], [None], []), ([], [], [object()])]
                for rlist, wlist, xlist in cases:
                    try:
                        print(select.select(rlist, wlist, xlist, 0))
                    except Exception as e:
                        print(type(e).__name__, e)
                r, w = os.pipe()
                print(select.select([r], [w], [], 0) == ([], [w], []))
                os.write(w, b'x')
                print(select.select([r], [], [], 5) == ([r], [], []), os.read(r, 1) == b'x')
                fd, path = tempfile.mkstemp()
                f = open(path)
                print(select.select([f], [], [], 0) == ([f], [], []))
                f.close()
                os.close(fd)
                os.remove(path)
                """);
    }
}
