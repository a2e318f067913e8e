package dev.pyhost.shimtests.gevent;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monkey patching stays in the host that did it: two hosts in one JVM are as separate as two
 * CPython processes. (On Jython, {@code time} and {@code thread} are Java types every
 * interpreter shares; patching them once reached every host in the JVM.) Tagged like the other
 * monkey-patching suites so a regression cannot reach the shared hosts.
 */
@org.junit.jupiter.api.Tag("monkey")
abstract class MonkeyPatchIsolationContract extends CoopContract {

    protected MonkeyPatchIsolationContract() {
        super("gevent");
    }
    private static final String IMPORTS = "import time\n"
            + "try:\n"
            + "    import _thread as thread\n"
            + "except ImportError:\n"
            + "    import thread\n";

    private static final String PATCH = "from gevent import monkey\n"
            + "monkey.patch_all()\n"
            + IMPORTS
            + "import gevent\n"
            + "time.pyhost_marker = 1\n"
            + "print(time.sleep is gevent.sleep, monkey.is_module_patched('time'), hasattr(time, 'pyhost_marker'))\n";

    @Test
    void patchingTimeAndThreadInOneHostLeavesAnotherHostAlone() {
        String expected = RealLibraries.run("from __future__ import print_function\n" + PATCH, "gevent");
        try (Host other = new Host(engine()); Host patcher = new Host(engine())) {
            other.run(IMPORTS + "before = (time.sleep, thread.allocate_lock)\n");

            assertThat(patcher.run(PATCH)).isEqualTo(expected);

            assertThat(other.run("print(time.sleep is before[0], thread.allocate_lock is before[1],"
                    + " hasattr(time, 'pyhost_marker'))\n")).isEqualTo("True True False\n");
            assertThat(other.run(IMPORTS + "print(time.sleep is before[0], hasattr(time, 'pyhost_marker'))\n"))
                    .isEqualTo("True False\n");
            try (Host later = new Host(engine())) {
                assertThat(later.run(IMPORTS + "print(hasattr(time, 'pyhost_marker'), type(time.sleep).__name__ == 'function')\n"))
                        .isEqualTo("False False\n");
            }
        }
    }

    /** A host of its own whose stdout is read per run; runs share the host's __main__. */
    private static final class Host implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final PyHost host;

        Host(Engine engine) {
            host = PyHost.newBuilder().engine(engine).stdout(out).unbuffered(true).build();
        }

        String run(String code) {
            out.reset();
            host.exec("from __future__ import print_function\n" + code);
            host.flush();
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            host.close();
        }
    }
}
