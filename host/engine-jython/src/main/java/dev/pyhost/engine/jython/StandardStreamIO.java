package dev.pyhost.engine.jython;

import dev.pyhost.spi.Stdio;
import org.python.core.io.StreamIO;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The raw stream under {@code sys.stdin}, {@code sys.stdout} or {@code sys.stderr}: Jython's own,
 * but answering {@code isatty()} as the session says ({@link Stdio#isTerminal}), asked each time:
 * a script may put another file on the process's descriptor ({@code os.dup2}). Jython's asks the
 * descriptor behind a {@code FileInputStream}/{@code FileOutputStream} only, so a terminal
 * reached through any other Java stream read as "not a terminal".
 */
final class StandardStreamIO extends StreamIO {
    private final Stdio stdio;
    private final int fd;

    StandardStreamIO(InputStream in, Stdio stdio, int fd) {
        super(in, false);
        this.stdio = stdio;
        this.fd = fd;
    }

    StandardStreamIO(OutputStream out, Stdio stdio, int fd) {
        super(out, false);
        this.stdio = stdio;
        this.fd = fd;
    }

    @Override
    public boolean isatty() {
        checkClosed();
        return stdio.isTerminal(fd);
    }
}
