package dev.pyhost.shims.time;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code time}: {@code strftime}'s {@code %Z} and {@code %z} as CPython's on Linux. GraalPy wrote
 * the local zone's name for every time ({@code 'CET'} for a {@code gmtime()} and for a summer time
 * alike); both engines left {@code %z} as it was, so logging's asctime with a {@code datefmt} of
 * {@code %Z} or {@code %z} read wrong. The rest is formatted as CPython formats it on Linux, by the
 * C library's strftime after the checks of the tuple of CPython's time module (2.7 or 3.12): both
 * engines left glibc's directives ({@code %F}, {@code %T}, {@code %e}, {@code %s}, flags such
 * as {@code %-d}) as they were; Jython padded {@code %c}'s day with a zero.
 */
public final class TimeShim implements ShimModule {
    @Override
    public String name() {
        return "time";
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
        return GlueSource.load("time/time_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new TimeCore();
    }
}
