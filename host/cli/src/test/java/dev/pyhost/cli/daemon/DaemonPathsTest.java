package dev.pyhost.cli.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonPathsTest {
    @TempDir
    Path dir;

    @Test
    void theFolderFollowsTheEnvironmentAsTheLauncherComputesIt() {
        assertThat(DaemonPaths.from(Map.of("PYHOST_DAEMON_DIR", "/x/d", "XDG_RUNTIME_DIR", "/run/u")).dir())
                .isEqualTo(Path.of("/x/d"));
        assertThat(DaemonPaths.from(Map.of("XDG_RUNTIME_DIR", "/run/u", "HOME", "/h")).socket())
                .isEqualTo(Path.of("/run/u/pyhost/daemon/daemon.sock"));
        assertThat(DaemonPaths.from(Map.of("HOME", "/h")).dir()).isEqualTo(Path.of("/h/.cache/pyhost/daemon"));
    }

    @Test
    void theFolderIsMadePrivateToItsUser() throws Exception {
        DaemonPaths p = new DaemonPaths(dir.resolve("a/daemon"));
        p.ensurePrivate();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p.dir()))).isEqualTo("rwx------");
        Files.setPosixFilePermissions(p.dir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        p.ensurePrivate();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p.dir()))).isEqualTo("rwx------");
    }
}
