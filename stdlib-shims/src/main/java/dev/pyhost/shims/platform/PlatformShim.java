package dev.pyhost.shims.platform;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code platform} on Jython: its {@code uname()} (and so {@code system()}, {@code release()},
 * {@code platform()}) describes the JVM ({@code 'Java'}, the JVM's version), where CPython's
 * describes the operating system ({@code 'Linux'}, the kernel's release). Jython keeps the
 * operating system's answer as {@code _uname}; the overlay makes it {@code uname}.
 */
public final class PlatformShim implements ShimModule {
    @Override
    public String name() {
        return "platform";
    }

    @Override
    public Kind kind() {
        return Kind.OVERLAY;
    }

    @Override
    public boolean supports(int pythonMajor) {
        return pythonMajor == 2;
    }

    @Override
    public String glue(int pythonMajor) {
        return GlueSource.load("platform/platform_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return null;
    }
}
