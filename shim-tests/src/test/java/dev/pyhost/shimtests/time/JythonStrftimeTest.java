package dev.pyhost.shimtests.time;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * time.strftime on Jython as CPython 2.7's on Linux: glibc's directives and flags (Jython left
 * %F, %T, %e, %s, %-d... as they were and padded %c's day with a zero), CPython's checks of the
 * tuple with its messages, two-digit years, and datetime's strftime, which is built on it.
 */
class JythonStrftimeTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void strftimeFormatsAsTheCLibraryAfterCPythonsChecks() {
        assertSameAsCPython("""
                import time, datetime
                for t in [(2020, 2, 2, 3, 4, 5, 6, 33, 0), (1800, 1, 1, 0, 0, 0, 0, 1, 0), (50, 1, 1, 0, 0, 0, 0, 1, 0),
                          (99, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, -5), (2020, 13, 1, 0, 0, 0, 0, 1, 0),
                          (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
                          (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 61, -1, 1, 0), (2020, 1, 1, 0, 0, 0, 9, 1, 0),
                          (2020, 1, 1, 0, 0, 0, -3, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), [2020, 5, 6, 7, 8, 9, 1, 127, 1]]:
                    try:
                        print t, repr(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %Z %z %c %x %X', t))
                    except ValueError as e:
                        print t, e
                t = time.gmtime(86400 * 400 + 3723)
                print repr(time.strftime('%e|%k|%l|%n|%t|%D|%T|%R|%r|%h|%C|%G|%g|%u|%V|%F|%P|%Q|%', t))
                print repr(time.strftime('%5d|%-d|%_H|%^a|%#b|%Ey|%Od|%010Y|%%', t))
                print repr(time.strftime(u'%Y', t)), repr(time.strftime('', t)), repr(time.strftime('\\xc3\\xa9 %Y', t))
                print repr(time.strftime('x' * 3000 + '%Y', t)[-6:]), time.accept2dyear
                print time.strftime('%s', time.localtime(1600000000)), time.strftime('%c', time.localtime(0))
                print datetime.datetime(2021, 3, 4, 5, 6, 7, 123).strftime('%c|%F %T.%f|%-m/%-d|%e')
                print datetime.date(2021, 3, 4).strftime('%c %x')
                """);
    }
}
