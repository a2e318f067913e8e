package dev.pyhost.shimtests.grp;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code grp} as CPython's: entries read through the C library as struct_group, looked up by
 * gid and by name and listed whole, and each bad argument's error as the version words it.
 */
abstract class GrpContract extends ShimContract {

    @Test
    void entriesAndErrorsAreCPythons() {
        assertSameAsCPython("""
                from __future__ import print_function
                import grp, pickle, sys
                g = grp.getgrgid(0)
                print(repr(g), type(g).__module__, type(g).__name__, g.n_fields, g.n_sequence_fields,
                      g.n_unnamed_fields, len(g), g[0], g.gr_passwd, g.gr_gid, g.gr_mem, type(g.gr_name) is str)
                bad = [(grp.getgrgid, 99999), (grp.getgrgid, 'x'), (grp.getgrnam, 'no such group'), (grp.getgrnam, 5),
                       (grp.getgrgid, -5), (grp.getgrgid, 2 ** 40), (grp.getgrnam, 'a\\0b'), (grp.getgrgid, -1),
                       (grp.getgrgid, 2 ** 32 - 1), (grp.getgrgid, True), (grp.getgrnam, b'root'), (grp.getgrnam, u'root')]
                for f, a in bad:
                    try:
                        print(repr(f(a)))
                    except Exception as e:
                        print(type(e).__name__, e)
                every = grp.getgrall()
                print(len(every) > 3, every[0], all(type(e) is grp.struct_group for e in every))
                print(all(grp.getgrgid(e.gr_gid).gr_gid == e.gr_gid and grp.getgrnam(e.gr_name) == e for e in every))
                print(sorted(n for n in dir(grp) if not n.startswith('_')))
                print(grp.struct_group(('a', 'b', 1, [])), pickle.loads(pickle.dumps(g)) == g)
                try:
                    grp.struct_group((1, 2))
                except TypeError as e:
                    print(e)
                """);
    }
}
