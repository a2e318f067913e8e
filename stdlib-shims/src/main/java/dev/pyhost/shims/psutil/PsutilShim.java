package dev.pyhost.shims.psutil;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code psutil}: the whole module (neither engine can load the C extension), psutil 5.9's Python
 * API in glue over a Java core that reads {@code /proc} directly for single attributes and asks
 * OSHI, created lazily, for what {@code /proc} does not say.
 */
public final class PsutilShim implements ShimModule {
    @Override
    public String name() {
        return "psutil";
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
        return GlueSource.load("psutil/psutil_py" + pythonMajor + ".py") + "\n" + GlueSource.load("psutil/psutil_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new PsutilCore(context);
    }
}
