package dev.pyhost.shims.syslog;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code syslog} for both engines, neither of which has one: a cron script logging with
 * {@code syslog.syslog(...)} failed at its import. Messages go out through the C library's
 * syslog(3), each with its run's ident, options and facility.
 */
public final class SyslogShim implements ShimModule {
    @Override
    public String name() {
        return "syslog";
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
        return GlueSource.load("syslog/syslog_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return dev.pyhost.shims.os.SyslogCalls.get();
    }
}
