package dev.pyhost.shims.selectors;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code selectors} on Python 2 (Jython), where neither CPython 2 nor Jython has it: Python 3's
 * API (DefaultSelector, register/modify/unregister, select with a timeout, get_map) over Jython's
 * {@code select.select}, so that scripts written against Python 3's selectors also run on Jython.
 * Python 3 (GraalPy) keeps its own module. No Java core.
 */
public final class SelectorsShim implements ShimModule {
    @Override
    public String name() {
        return "selectors";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("selectors/selectors_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
