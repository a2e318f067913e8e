package dev.pyhost.spi;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The three standard streams of a session. A stream that is the process's own (file descriptor
 * 0, 1 or 2) is marked {@code inherited}: child processes then share it directly, as they do
 * under CPython, instead of having their output copied.
 *
 * @since 0.1
 */
public record Stdio(InputStream in, OutputStream out, OutputStream err,
                    boolean inheritedIn, boolean inheritedOut, boolean inheritedErr) {

    /** The streams given, with {@code null} meaning the process's own. */
    public static Stdio of(InputStream in, OutputStream out, OutputStream err) {
        return new Stdio(
                in == null ? new FileInputStream(FileDescriptor.in) : in,
                out == null ? new FileOutputStream(FileDescriptor.out) : out,
                err == null ? new FileOutputStream(FileDescriptor.err) : err,
                in == null, out == null, err == null);
    }

    /** True when standard output is the process's own and a terminal. */
    public boolean outIsTerminal() {
        return inheritedOut && Terminals.isTerminal(1);
    }
}
