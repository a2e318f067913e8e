package dev.pyhost.shimtests.pwd;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code pwd} as CPython's: entries of any user (not only the current one) read through the C
 * library as struct_passwd, looked up by uid and by name and listed whole, the struct type printed
 * as the version prints it, and each bad argument's error as the version words it.
 */
abstract class PwdContract extends ShimContract {

    @Test
    void entriesOfAnyUserAndErrorsAreCPythons() {
        assertSameAsCPython("""
                from __future__ import print_function
                import pwd, pickle, sys
                me = pwd.getpwuid(0)
                print(repr(me), type(me), me.n_fields, me.n_sequence_fields, me.n_unnamed_fields, len(me),
                      me[0], me.pw_passwd, me.pw_uid, me.pw_gid, me.pw_gecos, me.pw_dir, me.pw_shell)
                print(repr(pwd.getpwnam('daemon')), repr(pwd.getpwuid(1)), pwd.getpwnam('nobody').pw_shell)
                bad = [(pwd.getpwuid, 99999), (pwd.getpwuid, 'x'), (pwd.getpwnam, 'no such user'), (pwd.getpwnam, 5),
                       (pwd.getpwuid, -5), (pwd.getpwuid, 2 ** 40), (pwd.getpwnam, 'a\\0b'), (pwd.getpwuid, -1),
                       (pwd.getpwuid, 2 ** 32 - 1), (pwd.getpwuid, 1.5), (pwd.getpwnam, b'root'), (pwd.getpwnam, u'root')]
                for f, a in bad:
                    try:
                        print(repr(f(a)))
                    except Exception as e:
                        print(type(e).__name__, e)
                every = pwd.getpwall()
                print(len(every) > 3, every[0], all(type(e) is pwd.struct_passwd for e in every))
                print(all(pwd.getpwuid(e.pw_uid).pw_uid == e.pw_uid and pwd.getpwnam(e.pw_name) == e for e in every))
                print(sorted(n for n in dir(pwd) if not n.startswith('_')))
                print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')), pickle.loads(pickle.dumps(me)) == me)
                try:
                    pwd.struct_passwd((1, 2))
                except TypeError as e:
                    print(e)
                """);
    }
}
