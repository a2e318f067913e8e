package dev.pyhost.shimtests;

import dev.pyhost.Engine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every shim contract: written once, subclassed per engine (the Jimfs pattern). Snippets
 * run on the engine's shared host; {@link #assertSameAsCPython} runs them on real CPython of the
 * same major version too and compares stdout.
 */
public abstract class ShimContract {

    /** The engine under test. */
    protected abstract Engine engine();

    /** 2 on Jython, 3 on GraalPy. */
    protected final int major() {
        return engine() == Engine.JYTHON ? 2 : 3;
    }

    /**
     * True for a suite that changes state every later snippet would see (monkey patching): it
     * then runs on a host of its own instead of the engine's shared one.
     */
    protected boolean needsOwnHost() {
        return false;
    }

    /** The host this suite's snippets run on. */
    protected final SharedHosts.Captured host() {
        return needsOwnHost() ? SharedHosts.own(getClass(), engine()) : SharedHosts.of(engine());
    }

    /** Runs a snippet under pyhost; returns its stdout. */
    protected final String py(String code) {
        return host().run(code);
    }

    /** Runs a snippet under real CPython of this engine's major version; returns its stdout. */
    protected final String cpython(String code) {
        return CPython.run(major(), code, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The snippet prints the same under pyhost as under CPython (skipped without that CPython). */
    protected final void assertSameAsCPython(String code) {
        String expected = cpython(code);
        assertThat(py(code)).as("stdout of:%n%s", code).isEqualTo(expected);
    }
}
