package dev.pyhost.shims.os;

/**
 * {@code strftime(3)}: the C library's time formatting, which CPython's {@code time.strftime}
 * is on Linux (every glibc directive and flag: {@code %e}, {@code %F}, {@code %T}, {@code %s},
 * {@code %-d}...), in the "C" locale a Python process formats in until it sets another.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxTimeCalls});
 * {@link #get()} is null where that is not available.
 */
public interface TimeCalls {
    static TimeCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * {@code format} (bytes carried one char each, ISO-8859-1, as is the result) filled from
     * {@code tm}: struct tm's fields as C has them ({@code tm_sec, tm_min, tm_hour, tm_mday,
     * tm_mon} (0-11){@code , tm_year} (since 1900){@code , tm_wday} (0 = Sunday){@code , tm_yday}
     * (0-365){@code , tm_isdst}), then {@code tm_gmtoff}; the zone name is {@code zone}.
     */
    String strftime(String format, long[] tm, String zone);

    final class Holder {
        static final TimeCalls INSTANCE = load();

        private Holder() {
        }

        private static TimeCalls load() {
            return LinuxCalls.load(TimeCalls.class, "LinuxTimeCalls");
        }
    }
}
