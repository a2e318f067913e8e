package dev.pyhost.shimtests.builtins;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * str() of EnvironmentError and its subclasses on Jython as CPython 2.7's: a file name that is
 * false ('' or 0) is shown, and the errno form is used for an errno of 0 or None once errno and
 * strerror were given. (A file name given as None, which CPython 2.7 prints, is not covered.)
 */
class JythonEnvironmentErrorStrTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void strOfEnvironmentErrorsAsCPython27() {
        assertSameAsCPython("""
                import socket
                class MyError(IOError):
                    pass
                for args in [(2, 'x', ''), (2, 'x', 0), (2, 'x', 'f'), (2, 'x', u'f'), (2, 'x'), (0, 'x'), (None, None),
                             ('a',), (), (1, 2, 3, 4)]:
                    for cls in (IOError, OSError, EnvironmentError, socket.error, MyError):
                        print cls.__name__, args, repr(str(cls(*args)))
                e = IOError(2, 'x'); e.filename = 'late'; print str(e)
                e = IOError(2, 'x', 'f'); e.errno = None; print str(e)
                try:
                    open('')
                except IOError as e:
                    print e
                try:
                    open('/nonexistent/x')
                except IOError as e:
                    print e
                """);
    }
}
