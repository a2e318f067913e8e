package dev.pyhost.engine.graalpy;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.PyHostContract;
import dev.pyhost.spi.ShimRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The host contract on GraalPy (Python 3). */
class GraalPyHostTest extends PyHostContract {
    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    /**
     * A POSIX call GraalPy's Java backend does not offer (here {@code openpty}, on a host without
     * pyhost's shims, which give it) raises SystemError in the script, which can catch it and go
     * on, rather than ending the run as an internal error; its message names the call, without a
     * Java stack trace.
     */
    @Test
    void aCallTheEngineLacksRaisesSystemErrorInTheScript() {
        try (PyHost host = builder().shims(ShimRegistry.of(List.of())).build()) {
            host.exec("import os\n"
                    + "try:\n"
                    + "    os.openpty()\n"
                    + "    caught = None\n"
                    + "except SystemError as e:\n"
                    + "    caught = str(e)\n");
            assertThat((String) host.eval("caught")).contains("openpty").doesNotContain("Java stack trace");
            assertThat(host.eval("6 * 7")).isEqualTo(42L);
        }
    }
}
