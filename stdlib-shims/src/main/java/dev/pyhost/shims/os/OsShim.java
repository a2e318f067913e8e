package dev.pyhost.shims.os;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code os}: the engine's own module, with what it gets wrong replaced from Java —
 * {@code system} and {@code popen} return wait statuses as CPython does, {@code name} is
 * {@code 'posix'}, and the environment belongs to the host.
 */
public final class OsShim implements ShimModule {
    @Override
    public String name() {
        return "os";
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
        return GlueSource.load("os/os_common.py") + "\n" + GlueSource.load("os/os_py" + pythonMajor + ".py")
                + "\n" + GlueSource.load("os/os_spawn.py") + "\n" + GlueSource.load("os/os_exec.py")
                + "\n" + GlueSource.load("os/os_calls.py")
                + "\n" + GlueSource.load("os/os_conf.py") + "\n" + GlueSource.load("os/os_fd.py")
                + "\n" + GlueSource.load("os/os_stat.py")
                + "\n" + GlueSource.load("os/os_stat_py" + pythonMajor + ".py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new OsCore(context);
    }
}
