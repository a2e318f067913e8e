package dev.pyhost.shimtests.locale;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code locale.setlocale} and {@code localeconv} as CPython's, which asks the C library: the
 * locales the system has (C, POSIX and C.UTF-8 are always there) are taken, others refused with
 * {@code locale.Error}, a name is kept per category, and LC_ALL reads back glibc's composite name
 * when they differ. (Jython took only "C"; GraalPy refused "C.UTF-8" and took locales the system
 * does not have; both raised ValueError.)
 */
abstract class LocaleContract extends ShimContract {

    @Test
    void setlocaleTakesWhatTheCLibraryHasAndRefusesTheRest() {
        assertSameAsCPython("""
                from __future__ import print_function
                import locale, os, sys
                def t(category, name):
                    try:
                        print(repr(name), repr(locale.setlocale(category, name)))
                    except locale.Error as e:
                        print(repr(name), type(e).__name__, type(e).__module__, e)
                if sys.version_info[0] >= 3:
                    print(locale.setlocale(locale.LC_CTYPE))  # as Python 3 starts: from the environment
                print(locale.setlocale(locale.LC_NUMERIC))
                for name in ('C', 'POSIX', 'C.UTF-8', 'C.utf8', 'no_SUCH.locale', 'xx_YY', 'C.UTF-8'):
                    t(locale.LC_ALL, name)
                t(locale.LC_NUMERIC, 'C')
                t(locale.LC_TIME, 'POSIX')
                t(locale.LC_MONETARY, 'nowhere')
                saved = locale.setlocale(locale.LC_ALL)
                print(saved)
                t(locale.LC_ALL, 'C')
                t(locale.LC_ALL, saved)
                t(locale.LC_ALL, 'LC_CTYPE=C;LC_NUMERIC=bogus')
                t(locale.LC_ALL, 'LC_CTYPE=C;LC_NUMERIC=C')  # not every category: refused
                t(locale.LC_ALL, ';'.join(p.replace('C.UTF-8', 'POSIX') for p in saved.split(';')))
                os.environ['LC_ALL'] = 'C.UTF-8'
                t(locale.LC_ALL, '')
                os.environ['LC_ALL'] = 'bogus_LOCALE'
                t(locale.LC_ALL, '')
                del os.environ['LC_ALL']
                for bad in ((locale.LC_ALL, 5), ('x', 'C'), (99, 'C'), (locale.LC_ALL, 'C\\0')):
                    try:
                        locale.setlocale(*bad)
                    except Exception as e:
                        print(type(e).__name__, e)
                print(locale.Error.__name__, locale.Error.__module__, issubclass(locale.Error, ValueError))
                """);
    }

    @Test
    void localeconvIsTheCLibrarys() {
        assertSameAsCPython("""
                from __future__ import print_function
                import locale
                for name in ('C', 'C.UTF-8'):
                    locale.setlocale(locale.LC_ALL, name)
                    print(sorted(locale.localeconv().items()))
                print(locale.format_string('%d', 1234567, grouping=True), locale.atof('3.5'), locale.str(2.5),
                      locale.currency(3.5) if False else '')
                """);
    }
}
