package dev.pyhost.shimtests.builtins;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * str() and print of a subclass of a built-in type that defines only {@code __repr__} show that
 * repr, as in CPython: an OrderedDict prints as an OrderedDict, in its order (Jython's dict had a
 * {@code __str__} of its own, so dict subclasses printed as plain, unordered dicts). Known
 * difference: GraalPy's int and float keep a {@code __str__} that CPython 3's do not have, so an
 * int subclass defining only {@code __repr__} prints as the number there.
 */
abstract class StrOfSubclassesContract extends ShimContract {

    @Test
    void strOfASubclassIsItsRepr() {
        assertSameAsCPython("""
                from __future__ import print_function
                import collections, sys
                class D(dict):
                    def __repr__(self):
                        return 'D!'
                class L(list):
                    def __repr__(self):
                        return 'L!'
                class S(set):
                    def __repr__(self):
                        return 'S!'
                for x in (D(a=1), L(), S()):
                    print(str(x), '%s' % (x,), x, [x], '{}'.format(x))
                od = collections.OrderedDict([('b', 1), ('a', 2)])
                if sys.version_info[0] == 2:  # (CPython 3.12 changed OrderedDict's repr; the reference is 3.11)
                    print(od, str(od), '%s' % od)
                print(list(str(od)) == list(repr(od)))
                print(collections.Counter('abb'), str({'k': 'v'}), {'k': 'v'}, dict.__str__({'n': 1}), '__str__' in dict.__dict__)
                """);
    }
}
