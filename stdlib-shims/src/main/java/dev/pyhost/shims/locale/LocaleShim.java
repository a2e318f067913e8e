package dev.pyhost.shims.locale;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code locale}: {@code setlocale} and {@code localeconv} as the C library answers them
 * ({@link LocaleCore}), on both engines. Jython's emulation took only "C" (a script setting
 * "C.UTF-8" stopped with an error), GraalPy refused "C.UTF-8" and took locales the system does
 * not have, and both had ValueError for {@code locale.Error}.
 */
public final class LocaleShim implements ShimModule {
    @Override
    public String name() {
        return "locale";
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
        return GlueSource.load("locale/locale_common.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return LocaleCore.create();
    }
}
