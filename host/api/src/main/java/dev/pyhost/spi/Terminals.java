package dev.pyhost.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard streams are terminals, as {@code isatty(fd)} answers: read from
 * {@code /proc/self/fd} on Linux, else from {@link System#console()}.
 *
 * @since 0.1
 */
public final class Terminals {
    private Terminals() {
    }

    /** True when file descriptor 0, 1 or 2 of this process is a terminal. */
    public static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
