package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * open() and file() on Jython refuse the arguments CPython 2.7's file type refuses, with its
 * TypeErrors in its order. Before, open(None) printed a Java ClassCastException and its stack.
 */
class JythonFileArgumentsTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void badArgumentsRaiseCPythonsTypeErrors() {
        assertSameAsCPython("""
                import os, tempfile
                fd, path = tempfile.mkstemp()
                os.close(fd)
                cases = [((None,), {}), ((12,), {}), (([],), {}), ((True,), {}), ((bytearray(path),), {}),
                         (('a\\0b',), {}), ((u'a\\0b',), {}), ((path, 5), {}), ((path, None), {}), ((path, u'r'), {}),
                         ((path, 'r', 'x'), {}), ((path, 'r', None), {}), ((path, 'r', 1.5), {}), ((path, 'rb', True), {}),
                         ((path, 'r', 1, 2), {}), ((), {}), ((), {'file': 'x'}), ((), {'name': None}), ((path,), {'foo': 1}),
                         ((path, 'r'), {'mode': 'r'}), ((), {'name': path, 'mode': 3}), ((), {'name': path, 'buffering': 0}),
                         ((path, 'z'), {}), (('/nonexistent/x',), {})]
                for opener in (open, file):
                    for args, kwargs in cases:
                        try:
                            f = opener(*args, **kwargs)
                            print opener.__name__, 'opened', f.name == path, f.mode
                            f.close()
                        except Exception as e:
                            print opener.__name__, type(e).__name__, e
                print open(buffer(path)).mode
                class Named(file):
                    pass
                try:
                    Named(None)
                except TypeError as e:
                    print 'subclass', e
                class Opened(file):
                    def __init__(self, first, second, third, fourth):
                        file.__init__(self, first)
                print 'own __init__', Opened(path, None, 1.5, []).mode
                blank = file.__new__(file)
                print 'blank', type(blank).__name__, Named.__new__(Named).__class__.__name__
                os.remove(path)
                """);
    }
}
