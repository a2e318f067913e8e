package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

/** {@code os.system} and {@code os.popen} report wait statuses as CPython does. */
abstract class OsWaitStatusContract extends ShimContract {

    @Test
    void systemReturnsTheWaitStatus() {
        assertSameAsCPython("import os\n"
                + "print(os.system('exit 3'))\n"
                + "print(os.system('true'))\n"
                + "print(os.system('kill -TERM $$'))\n"
                + "print(os.system('exit 143'))\n"
                + "print([os.WIFEXITED(768), os.WEXITSTATUS(768)])\n");
    }

    @Test
    void popenCloseReturnsNoneOrTheWaitStatus() {
        assertSameAsCPython("import os\n"
                + "p = os.popen('echo hi; echo there')\n"
                + "print(p.readlines())\n"
                + "print(p.close())\n"
                + "print(os.popen('exit 2').close())\n");
    }
}
