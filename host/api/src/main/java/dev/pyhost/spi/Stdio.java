package dev.pyhost.spi;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * The three standard streams of a session. A stream that is the process's own (file descriptor
 * 0, 1 or 2) is marked {@code inherited}: child processes then share it directly, as they do
 * under CPython, instead of having their output copied.
 *
 * @param terminals the streams given (not inherited) that stand for a terminal: 0, 1, 2
 * @since 0.1
 */
public record Stdio(InputStream in, OutputStream out, OutputStream err,
                    boolean inheritedIn, boolean inheritedOut, boolean inheritedErr, Set<Integer> terminals) {

    public Stdio {
        terminals = Set.copyOf(terminals);
    }

    /** The streams given, with {@code null} meaning the process's own. */
    public static Stdio of(InputStream in, OutputStream out, OutputStream err) {
        return of(in, out, err, Set.of());
    }

    /** The streams given, with {@code null} meaning the process's own; {@code terminals} as above. */
    public static Stdio of(InputStream in, OutputStream out, OutputStream err, Set<Integer> terminals) {
        return new Stdio(
                in == null ? new FileInputStream(FileDescriptor.in) : in,
                out == null ? new FileOutputStream(FileDescriptor.out) : out,
                err == null ? new FileOutputStream(FileDescriptor.err) : err,
                in == null, out == null, err == null, terminals);
    }

    /** True when the process's own descriptor {@code fd} (0, 1, 2) is this session's stream. */
    public boolean inherited(int fd) {
        return switch (fd) {
            case 0 -> inheritedIn;
            case 1 -> inheritedOut;
            case 2 -> inheritedErr;
            default -> false;
        };
    }

    /**
     * {@code isatty()} of standard stream {@code fd} (0, 1, 2) as the script must see it: the
     * process's own stream answers for itself; a stream given stands for a terminal when marked so.
     */
    public boolean isTerminal(int fd) {
        return inherited(fd) ? Terminals.isTerminal(fd) : terminals.contains(fd);
    }

    /** True when standard output is a terminal, as the script sees it. */
    public boolean outIsTerminal() {
        return isTerminal(1);
    }
}
