package dev.pyhost.shims.sysconfig;

import dev.pyhost.shims.GlueSource;
import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.ShimModule;

/**
 * {@code sysconfig} on Jython: Jython's module describes Jython only where {@code os.name} is
 * {@code 'java'}; the os shim makes it CPython's {@code 'posix'}, with which sysconfig read a
 * CPython build's Makefile that Jython does not have ({@code get_config_var} raised IOError).
 * The overlay gives the module Jython's own view of {@code os.name}.
 */
public final class SysconfigShim implements ShimModule {
    @Override
    public String name() {
        return "sysconfig";
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
        return GlueSource.load("sysconfig/sysconfig_py2.py");
    }

    @Override
    public Object newCore(ShimContext context) {
        return new Object();
    }
}
