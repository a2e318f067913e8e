package dev.pyhost.shimtests.subprocess;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What Python 3's Popen sets up in the child besides its streams ({@code popen_child_setup.py}):
 * descriptors passed with pass_fds (and no others), a new session, a process group, user and
 * groups, and the errors CPython gives for values its child cannot use.
 */
class GraalPyPopenChildSetupTest extends ShimContract {

    @Override
    protected Engine engine() {
        return Engine.GRAALPY;
    }

    @Test
    void passFdsSessionsAndGroupsMatchCPython() throws IOException {
        try (InputStream in = GraalPyPopenChildSetupTest.class.getResourceAsStream("popen_child_setup.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
