package dev.pyhost.shims.os;

/**
 * The calls behind Python's {@code resource} module: {@code prlimit(2)} and {@code getrusage(2)}.
 * Results come back with the C {@code errno} as a value, never thrown. Limits travel as the
 * kernel's unsigned 64-bit values in Java's signed longs (infinity is -1, as Python's
 * {@code RLIM_INFINITY}).
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxResourceCalls});
 * {@link #get()} is null where that is not available.
 */
public interface ResourceCalls {
    static ResourceCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * {@code prlimit(pid, resource, new, old)}: {old soft, old hard, errno}; the limits are set
     * only when {@code set} is true.
     */
    long[] prlimit(long pid, int resource, boolean set, long soft, long hard);

    /**
     * {@code getrusage(who)}: {user seconds, user microseconds, system seconds, system
     * microseconds, then the 14 counters from ru_maxrss to ru_nivcsw, errno}.
     */
    long[] getrusage(int who);

    final class Holder {
        static final ResourceCalls INSTANCE = load();

        private Holder() {
        }

        private static ResourceCalls load() {
            return LinuxCalls.load(ResourceCalls.class, "LinuxResourceCalls");
        }
    }
}
