package dev.pyhost.shimtests.crypt;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code crypt} as CPython's: libcrypt's hashes (DES, SHA-512, a stored hash checked again), and
 * each bad argument's error as the version words it.
 */
abstract class CryptContract extends ShimContract {

    @Test
    void hashesAndErrorsAreCPythons() {
        assertSameAsCPython("""
                from __future__ import print_function
                import sys, warnings
                warnings.simplefilter('ignore')
                import crypt
                print(repr(crypt.crypt('secret', '$6$saltsalt$')), repr(crypt.crypt('secret', 'ab')))
                stored = crypt.crypt('pw', '$6$' + 'x' * 16)
                print(crypt.crypt('pw', stored) == stored, crypt.crypt('other', stored) == stored)
                bad = [(123, 'ab'), ('x', 5), ('a\\0b', 'ab'), ('s', 'a\\0b'), ('s', '$9$bad'), ('s', ''), ('s', '!!')]
                bad += [(u'caf\\xe9', 'ab')] if sys.version_info[0] > 2 else [(u'caf\\xe9', 'ab'), (u'x', u'ab')]
                for word, salt in bad:
                    try:
                        print(repr(crypt.crypt(word, salt)))
                    except Exception as e:
                        print(type(e).__name__, e)
                if sys.version_info[0] > 2:
                    h = crypt.crypt('pw', crypt.mksalt(crypt.METHOD_SHA512))
                    print(h.startswith('$6$'), crypt.crypt('pw', h) == h, crypt.methods[-1])
                """);
    }
}
