package dev.pyhost.shims.fcntl;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code fcntl} for both engines. Jython has no such module (a script taking a lock file with
 * {@code fcntl.flock}, or making a child's pipe non-blocking, failed at its import), and
 * GraalPy's has no {@code fcntl()} and a {@code flock} that grants every lock, even one another
 * process holds: two copies of a cron job guarded by a lock file both ran. This one makes the
 * system calls on the real descriptor behind what the script passes.
 */
public final class FcntlShim implements ShimModule {
    @Override
    public String name() {
        return "fcntl";
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
        return GlueSource.load("fcntl/fcntl_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new FcntlCore(context);
    }
}
