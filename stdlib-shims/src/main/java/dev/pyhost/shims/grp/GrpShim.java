package dev.pyhost.shims.grp;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.shims.os.GroupCalls;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code grp} for both engines, CPython's module over the C library's group database
 * ({@link GroupCalls}). GraalPy has no such module, so a script looking a group up (and
 * {@code shutil.chown(group=)}, {@code pathlib.Path.group()}) failed at the import; Jython's
 * prints its entries as plain tuples and words its errors its own way.
 */
public final class GrpShim implements ShimModule {
    @Override
    public String name() {
        return "grp";
    }

    @Override
    public Kind kind() {
        return Kind.MODULE;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2 || pythonMajor == 3;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("os/structseq.py") + GlueSource.load("grp/grp_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return GroupCalls.get();
    }
}
