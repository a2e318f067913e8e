package dev.pyhost.shims.threading;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code threading} on Python 2 (Jython): thread names are {@code str}, as in CPython 2, not the
 * {@code unicode} Jython makes of Java strings ({@code ['MainThread']}, not
 * {@code [u'MainThread']}). No Java core: the glue alone fixes it.
 */
public final class ThreadNamesShim implements ShimModule {
    @Override
    public String name() {
        return "threading";
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
        return GlueSource.load("threading/threading_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
