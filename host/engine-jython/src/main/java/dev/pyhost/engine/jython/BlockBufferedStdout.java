package dev.pyhost.engine.jython;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream under {@code sys.stdout} on a pipe or file: block-buffered as CPython 2's. Jython's
 * print statement flushes after every line; CPython does not, which decides whether a child
 * process's output comes before the script's. Flushes asked by the print statement are kept in
 * the buffer; any other flush ({@code sys.stdout.flush()}, the host's at exit) writes.
 */
final class BlockBufferedStdout extends BufferedOutputStream {
    private static final String PRINT_STATEMENT = "org.python.core.StdoutWrapper";
    private static final StackWalker STACK = StackWalker.getInstance();

    BlockBufferedStdout(OutputStream out) {
        super(out, 8192);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!askedByPrintStatement()) {
            super.flush();
        }
    }

    private static boolean askedByPrintStatement() {
        return STACK.walk(frames -> frames.limit(16).anyMatch(f -> f.getClassName().equals(PRINT_STATEMENT)));
    }
}
