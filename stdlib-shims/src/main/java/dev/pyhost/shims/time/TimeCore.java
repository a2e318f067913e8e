package dev.pyhost.shims.time;

import dev.pyhost.shims.os.TimeCalls;

/**
 * The Java side of the {@code time} overlay: the C library's strftime, where it is reachable. Loaded
 * at the first call, not at the import: most scripts import time and never format one.
 */
public final class TimeCore {
    /**
     * See {@link TimeCalls#strftime}; null where the C library is not reachable (the engine's own
     * strftime then formats).
     */
    public String strftime(String format, long[] tm, String zone) {
        TimeCalls calls = TimeCalls.get();
        return calls == null ? null : calls.strftime(format, tm, zone);
    }
}
