package dev.pyhost.shims.threading;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code thread} on Python 2 (Jython): {@code _count()}, which Jython's lacks. CPython 2.7's own
 * test support calls it around every test that starts threads (test_file2k, test_socket...), so
 * those suites could not run. No Java core: the glue counts the engine's threads.
 */
public final class ThreadCountShim implements ShimModule {
    @Override
    public String name() {
        return "thread";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("threading/thread_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
