package dev.pyhost.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where the daemon listens: {@code $PYHOST_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/pyhost/daemon},
 * else {@code ~/.cache/pyhost/daemon} — a folder only its user may enter (mode 0700), holding the
 * socket {@code daemon.sock} and the log {@code daemon.log}. The launcher ({@code ./pyhost})
 * computes the same folder.
 */
record DaemonPaths(Path dir) {
    static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    static DaemonPaths from(Map<String, String> env) {
        String given = env.get("PYHOST_DAEMON_DIR");
        if (given != null && !given.isEmpty()) {
            return new DaemonPaths(Path.of(given).toAbsolutePath());
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isEmpty() ? Path.of(runtime)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return new DaemonPaths(base.resolve("pyhost").resolve("daemon").toAbsolutePath());
    }

    Path socket() {
        return dir.resolve("daemon.sock");
    }

    Path log() {
        return dir.resolve("daemon.log");
    }

    /**
     * Creates the folder private to this user, or checks that an existing one is: owned by this
     * user and closed to others (its mode is set back to 0700 if it was opened up).
     *
     * @throws IOException when the folder belongs to someone else
     */
    void ensurePrivate() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another start made it at the same moment: checked below
            }
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String me = System.getProperty("user.name");
        if (!a.isDirectory() || !a.owner().getName().equals(me)) {
            throw new IOException(dir + " is not a folder of user " + me + ": the daemon will not use it");
        }
        if (!a.permissions().equals(PRIVATE)) {
            Files.setPosixFilePermissions(dir, PRIVATE);
        }
    }
}
