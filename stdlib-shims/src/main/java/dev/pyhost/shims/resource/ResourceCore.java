package dev.pyhost.shims.resource;

import dev.pyhost.shims.os.OsCore;
import dev.pyhost.shims.os.ResourceCalls;
import dev.pyhost.spi.ShimContext;

/** The Java side of {@code resource}. */
public final class ResourceCore {
    private final ResourceCalls calls = ResourceCalls.get();
    private final boolean ownsProcess;

    public ResourceCore(ShimContext context) {
        ownsProcess = OsCore.ownsProcess(context);
    }

    public boolean available() {
        return calls != null;
    }

    /**
     * True when this run is the process's only one. Otherwise the limits are every run's (a warm
     * run of the daemon, an embedding host's session, a multiprocessing child): the glue then
     * lets a run raise them, which takes nothing from the others, but not lower them.
     */
    public boolean ownsProcess() {
        return ownsProcess;
    }

    public long[] prlimit(long pid, int resource, boolean set, long soft, long hard) {
        return calls.prlimit(pid, resource, set, soft, hard);
    }

    public long[] getrusage(int who) {
        return calls.getrusage(who);
    }

    /** {@code sysconf(_SC_PAGESIZE)}; -1 where it cannot be asked. */
    public long pageSize() {
        dev.pyhost.shims.os.SystemCalls system = dev.pyhost.shims.os.SystemCalls.get();
        return system == null ? -1 : system.sysconf(30)[0];
    }
}
