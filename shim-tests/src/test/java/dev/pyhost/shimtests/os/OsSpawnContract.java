package dev.pyhost.shimtests.os;

import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code os.spawn*} family ({@code os_spawn.py}, Python 2 and 3), which CPython builds on fork
 * and exec: exit codes, deaths by signal, P_NOWAIT children reaped with os.waitpid, PATH lookup,
 * environments, and the 127 of a child whose exec failed.
 */
abstract class OsSpawnContract extends ShimContract {

    /**
     * os.wait() reaps any child of the session, as under CPython it reaps any child of the
     * process: children other snippets on a shared host left unreaped would answer it.
     */
    @Override
    protected boolean needsOwnHost() {
        return true;
    }

    @Test
    void spawnFamilyMatchesCPython() throws IOException {
        try (InputStream in = OsSpawnContract.class.getResourceAsStream("os_spawn.py")) {
            assertSameAsCPython(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
