package dev.pyhost.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Streams of a host started before its run is known: they lead nowhere until {@link #bind}
 * points them at the run's client. What a host writes before that (nothing, normally) is kept.
 */
final class Relay {
    final Output out = new Output();
    final Output err = new Output();
    final Input in = new Input();

    void bind(Connection c) {
        in.target = c.in;
        out.bind(c.out);
        err.bind(c.err);
    }

    static final class Output extends OutputStream {
        private OutputStream target;
        private final ByteArrayOutputStream early = new ByteArrayOutputStream();

        synchronized void bind(OutputStream to) {
            target = to;
            if (early.size() > 0) {
                try {
                    early.writeTo(to);
                } catch (IOException e) {
                    // the client is gone
                }
                early.reset();
            }
        }

        @Override
        public synchronized void write(int b) throws IOException {
            if (target == null) {
                early.write(b);
            } else {
                target.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (target == null) {
                early.write(b, off, len);
            } else {
                target.write(b, off, len);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }
    }

    static final class Input extends InputStream {
        private volatile InputStream target;

        @Override
        public int read() throws IOException {
            InputStream t = target;
            return t == null ? -1 : t.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            InputStream t = target;
            return t == null ? -1 : t.read(b, off, len);
        }
    }
}
