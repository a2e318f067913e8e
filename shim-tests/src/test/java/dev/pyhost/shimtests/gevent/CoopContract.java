package dev.pyhost.shimtests.gevent;

import dev.pyhost.shimtests.ShimContract;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the greenlet, gevent and eventlet contracts: pyhost against the real libraries. */
public abstract class CoopContract extends ShimContract {

    /** The snippet prints the same under pyhost as under CPython 3 with the real library. */
    protected final void assertSameAsRealLibrary(String code, String... modules) {
        String program = "from __future__ import print_function\n" + code;
        String expected = RealLibraries.run(program, modules);
        assertThat(py(program)).as("stdout of:%n%s", program).isEqualTo(expected);
    }
}
