package dev.pyhost.shimtests.sysconfig;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/**
 * {@code sysconfig} answers on Jython, whose os.name the os shim makes CPython's 'posix' (it
 * looked for a CPython build's Makefile and raised IOError). The values are Jython's own.
 */
class JythonSysconfigTest extends ShimContract {
    @Override
    protected Engine engine() {
        return Engine.JYTHON;
    }

    @Test
    void configVariablesCanBeRead() {
        assertSameAsCPython("import os, sysconfig\n"
                + "v = sysconfig.get_config_var('HAVE_GETENTROPY')\n"
                + "print(v in (None, 0, 1), type(sysconfig.get_config_vars()).__name__)\n"
                + "print(os.name == 'posix', os.name != 'java')\n");
    }
}
