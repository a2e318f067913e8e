package dev.pyhost.engine.jython;

import dev.pyhost.spi.Stdio;
import jnr.constants.platform.Errno;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.io.StreamIO;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The raw stream under {@code sys.stdin}, {@code sys.stdout} or {@code sys.stderr}: Jython's own,
 * but answering {@code isatty()} as the session says ({@link Stdio#isTerminal}), asked each time:
 * a script may put another file on the process's descriptor ({@code os.dup2}). Jython's asks the
 * descriptor behind a {@code FileInputStream}/{@code FileOutputStream} only, so a terminal
 * reached through any other Java stream read as "not a terminal". A write to a closed pipe
 * raises CPython's {@code IOError: [Errno 32] Broken pipe}.
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

    /** Writes as Jython's, a closed pipe reported as CPython reports it: IOError(EPIPE). */
    @Override
    public int write(ByteBuffer buf) {
        try {
            return super.write(buf);
        } catch (PyException e) {
            throw brokenPipe(e);
        }
    }

    @Override
    public void flush() {
        try {
            super.flush();
        } catch (PyException e) {
            throw brokenPipe(e);
        }
    }

    /** Jython's IOError for a closed pipe carries the JDK's message only, not errno 32. */
    private static PyException brokenPipe(PyException e) {
        if (e.match(Py.IOError) && e.value.__findattr__("errno") == Py.None
                && "Broken pipe".equals(String.valueOf(e.value.__str__()))) {
            return Py.IOError(Errno.EPIPE);
        }
        return e;
    }

    @Override
    public boolean isatty() {
        checkClosed();
        return stdio.isTerminal(fd);
    }
}
