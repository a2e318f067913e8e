package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * A file used against its mode raises CPython 2.7's IOError ("File not open for writing" /
 * "reading") on Jython, whose file layer said "[Errno 9] Bad file descriptor"; a mode that allows
 * the call works as before. A call missing its argument checks the file first, as CPython's.
 */
class JythonFileModeErrorsTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void aFileUsedAgainstItsModeRaisesCPythonsIOError() {
        assertSameAsCPython("""
                import os, sys, tempfile
                fd, path = tempfile.mkstemp()
                os.write(fd, 'one\\ntwo\\n')
                os.close(fd)
                reading = open(path)
                for name, args in [('write', ('x',)), ('writelines', (['x'],)), ('truncate', ()), ('truncate', (0,))]:
                    try:
                        getattr(reading, name)(*args)
                    except IOError as e:
                        print name, e.args, e.errno, str(e)
                writing = open(path, 'a')
                for name, args in [('read', ()), ('read', (2,)), ('readline', ()), ('readline', (1,)),
                                   ('readlines', ()), ('next', ()), ('readinto', (bytearray(2),))]:
                    try:
                        getattr(writing, name)(*args)
                    except IOError as e:
                        print name, e.args, e.errno, str(e)
                writing.close()
                both = open(path, 'r+')
                both.seek(0, 2)
                both.write('three\\n')
                both.seek(0)
                print repr(both.read()), repr(open(path, 'U').readline()), repr(open(path).next())
                both.close()
                try:
                    sys.stdout.read()
                except IOError as e:
                    print 'stdout', e.args
                for f in (open(path), open(path, 'a')):
                    for name in ('write', 'readinto', 'seek'):
                        try:
                            getattr(f, name)()
                        except Exception as e:
                            print name, f.mode, type(e).__name__, e
                    f.close()
                    for name in ('write', 'readinto', 'seek'):
                        try:
                            getattr(f, name)()
                        except Exception as e:
                            print name, 'closed', type(e).__name__, e
                os.remove(path)
                """);
    }
}
