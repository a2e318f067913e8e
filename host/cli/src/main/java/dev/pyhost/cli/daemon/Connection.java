package dev.pyhost.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One client's run, seen from the daemon: the client's standard streams as Java streams, and
 * its Ctrl-C. Standard input is read on demand — each read asks the client for at most the
 * bytes wanted — so the client never takes input from its terminal or pipe that the script
 * does not read, as a CPython process would not.
 */
final class Connection {
    private static final byte[] END = new byte[0];

    private final SocketChannel channel;
    private final Object writeLock = new Object();
    private final BlockingQueue<byte[]> stdin = new LinkedBlockingQueue<>();
    private volatile boolean hungUp;
    private Runnable onInterrupt;
    private boolean interruptPending;

    final OutputStream out = new FrameOutput(Frames.STDOUT);
    final OutputStream err = new FrameOutput(Frames.STDERR);
    final InputStream in = new FrameInput();

    Connection(SocketChannel channel) {
        this.channel = channel;
    }

    /** Reads the client's frames (stdin data, signals) on a thread of its own until it hangs up. */
    void startReading() {
        Thread t = new Thread(this::readLoop, "pyhost-daemon-client-reader");
        t.setDaemon(true);
        t.start();
    }

    private void readLoop() {
        try {
            for (Frames.Frame f; (f = Frames.read(channel)) != null; ) {
                if (f.type() == Frames.STDIN) {
                    stdin.add(f.payload().length == 0 ? END : f.payload());
                } else if (f.type() == Frames.SIGNAL) {
                    interrupt();
                }
            }
        } catch (IOException e) {
            // the client is gone
        }
        hungUp = true;
        stdin.add(END);
        interrupt(); // a client killed mid-run: the script stops as after Ctrl-C
    }

    /** Where Ctrl-C goes from now on; one that came before is delivered at once. */
    void onInterrupt(Runnable action) {
        boolean now;
        synchronized (this) {
            onInterrupt = action;
            now = interruptPending;
            interruptPending = false;
        }
        if (now) {
            action.run();
        }
    }

    private void interrupt() {
        Runnable action;
        synchronized (this) {
            action = onInterrupt;
            if (action == null) {
                interruptPending = true;
            }
        }
        if (action != null) {
            action.run();
        }
    }

    boolean hungUp() {
        return hungUp;
    }

    void send(byte type, byte[] data, int off, int len) throws IOException {
        synchronized (writeLock) {
            if (hungUp) {
                throw new IOException("Broken pipe");
            }
            Frames.write(channel, type, data, off, len);
        }
    }

    void send(byte type, String text) throws IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        send(type, b, 0, b.length);
    }

    private final class FrameOutput extends OutputStream {
        private final byte type;

        FrameOutput(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, 1 << 20);
                send(type, b, off, n);
                off += n;
                len -= n;
            }
        }
    }

    private final class FrameInput extends InputStream {
        private byte[] left = END;
        private int at;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at >= left.length) {
                if (hungUp && stdin.isEmpty()) {
                    return -1;
                }
                send(Frames.WANT_STDIN, Integer.toString(len));
                byte[] chunk;
                try {
                    chunk = stdin.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                if (chunk == END) {
                    return -1;
                }
                left = chunk;
                at = 0;
            }
            int n = Math.min(len, left.length - at);
            System.arraycopy(left, at, b, off, n);
            at += n;
            return n;
        }
    }
}
