package dev.pyhost.engine.jython;

import org.python.core.io.StreamIO;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The raw stream under {@code sys.stdin}, {@code sys.stdout} or {@code sys.stderr}: Jython's own,
 * but answering {@code isatty()} as the session says ({@link dev.pyhost.spi.Stdio#isTerminal}).
 * Jython's asks the descriptor behind a {@code FileInputStream}/{@code FileOutputStream} only,
 * so a terminal reached through any other Java stream read as "not a terminal".
 */
final class StandardStreamIO extends StreamIO {
    private final boolean terminal;

    StandardStreamIO(InputStream in, boolean terminal) {
        super(in, false);
        this.terminal = terminal;
    }

    StandardStreamIO(OutputStream out, boolean terminal) {
        super(out, false);
        this.terminal = terminal;
    }

    @Override
    public boolean isatty() {
        checkClosed();
        return terminal;
    }
}
