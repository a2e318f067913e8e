package dev.pyhost.shimtests.time;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * time.strftime on GraalPy as CPython 3.12's on Linux: glibc's directives and flags (GraalPy left
 * %F, %T, %e, %s, %-d... as they were, and datetime's '%F %T' lost its space), text outside
 * ASCII and lone surrogates, the limits and errors of CPython's checks, logging's datefmt.
 */
class GraalPyStrftimeTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    @Test
    void strftimeFormatsAsTheCLibraryAfterCPythonsChecks() {
        assertSameAsCPython("""
                import time, datetime, logging
                t = time.gmtime(86400 * 400 + 3723)
                print(repr(time.strftime('%e|%k|%l|%n|%t|%D|%T|%R|%r|%h|%C|%G|%g|%u|%V|%F|%P|%Q|%', t)))
                print(repr(time.strftime('%5d|%-d|%_H|%^a|%#b|%Ey|%Od|%010Y|%%|%c|%x|%X|%Z|%z', t)))
                print(repr(time.strftime('\\u65e5\\u4ed8 %Y \\xe9 \\udcff', t)), repr(time.strftime('', t)))
                print(time.strftime('%s', time.localtime(1600000000)), time.strftime('%c %Z', time.localtime(0)))
                for bad in ([2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1), None,
                            (2**40, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 13, 1, 0, 0, 0, 0, 1, 0),
                            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, -1, 0), (2020, 1, 1, 0, 0, 0, -3, 1, 0)):
                    try:
                        print(repr(time.strftime('%Y', bad)))
                    except (TypeError, ValueError, OverflowError) as e:
                        print(type(e).__name__, e)
                for args in ((), ('a\\0b', t), (b'%Y', t), ('%Y', t, 1)):
                    try:
                        time.strftime(*args)
                    except (TypeError, ValueError) as e:
                        print(type(e).__name__, e)
                print([time.strftime('%Y|%C|%y|%c', (y, 0, 0, 0, 0, 0, 0, 0, -5)) for y in (50, -5, 1800, 2**31 - 1)])
                print(datetime.datetime(2021, 3, 4, 5, 6, 7, 123).strftime('%c|%F %T.%f|%-m/%-d|%e'))
                print(datetime.datetime(5, 3, 4).strftime('%Y %F'), datetime.date(2021, 3, 4).strftime('%A %-d %B'))
                r = logging.makeLogRecord({'msg': 'x', 'created': 0.0, 'msecs': 0})
                f = logging.Formatter('%(asctime)s', '%F %T')
                f.converter = time.gmtime
                print(f.format(r))
                """);
    }
}
