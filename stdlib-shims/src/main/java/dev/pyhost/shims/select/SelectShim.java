package dev.pyhost.shims.select;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code select.select} over the descriptors the engines cannot see: the pipes to child
 * processes (which are real descriptors, read in Java) and the process's own standard input.
 * Neither engine's select accepts them (Jython takes sockets only; GraalPy's descriptors are
 * its own numbering), so the classic loop over a child's stdout and stderr failed with EBADF.
 * Those are polled with {@code poll(2)}; sockets stay with the engine's select, and a mix of
 * both is polled in turns.
 */
public final class SelectShim implements ShimModule {
    @Override
    public String name() {
        return "select";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("select/select_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new SelectCore(context);
    }
}
