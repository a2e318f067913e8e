package dev.pyhost.engine.graalpy;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PyHostContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The host contract on GraalPy (Python 3). */
class GraalPyHostTest extends PyHostContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    /**
     * A POSIX call GraalPy's Java backend does not offer (here {@code fchown}; pyhost has given
     * it {@code openpty}) raises SystemError in the script, which can catch it and go on, rather
     * than ending the run as an internal error; its message names the call, without a Java stack
     * trace.
     */
    @Test
    void aCallTheEngineLacksRaisesSystemErrorInTheScript() {
        try (PyHost host = builder().build()) {
            host.exec("import os\n"
                    + "fd = os.open('.', os.O_RDONLY)\n"
                    + "try:\n"
                    + "    os.fchown(fd, -1, -1)\n"
                    + "    caught = None\n"
                    + "except SystemError as e:\n"
                    + "    caught = str(e)\n"
                    + "os.close(fd)\n");
            assertThat((String) host.eval("caught")).contains("fchown").doesNotContain("Java stack trace");
            assertThat(host.eval("6 * 7")).isEqualTo(42L);
        }
    }
}
