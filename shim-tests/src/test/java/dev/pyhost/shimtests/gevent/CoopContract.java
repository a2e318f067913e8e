package dev.pyhost.shimtests.gevent;

import dev.pyhost.shimtests.ShimContract;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the greenlet, gevent and eventlet contracts: pyhost against the real libraries. */
public abstract class CoopContract extends ShimContract {
    private final String library;

    /** @param library the real library the snippets compare with: skipped where it is missing */
    protected CoopContract(String library) {
        this.library = library;
    }

    /** The snippet prints the same under pyhost as under CPython 3 with the real library. */
    protected final void assertSameAsRealLibrary(String code, String... modules) {
        String program = "from __future__ import print_function\n" + code;
        String[] needed = java.util.Arrays.copyOf(modules, modules.length + 1);
        needed[modules.length] = library;
        String expected = RealLibraries.run(program, needed);
        assertThat(py(program)).as("stdout of:%n%s", program).isEqualTo(expected);
    }
}
