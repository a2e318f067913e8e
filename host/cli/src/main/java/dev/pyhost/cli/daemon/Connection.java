package dev.pyhost.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One client's run, seen from the daemon: the client's standard streams as Java streams, and
 * its Ctrl-C. Standard input is read on demand — each read asks the client for at most the
 * bytes wanted — so the client never takes input from its terminal or pipe that the script
 * does not read, as a CPython process would not. Frames to the client are written by one
 * writer thread of the connection's own: a Ctrl-C interrupts the script's thread, and a
 * {@link SocketChannel} written by an interrupted thread is closed
 * ({@link java.nio.channels.ClosedByInterruptException}), which the client would take for the
 * daemon hanging up.
 */
final class Connection {
    private static final byte[] END = new byte[0];

    private final SocketChannel channel;
    private static final byte[][] LAST = new byte[0][];
    private final BlockingQueue<byte[][]> outgoing = new ArrayBlockingQueue<>(64);
    private final Thread writer = new Thread(this::writeLoop, "pyhost-daemon-client-writer");
    private final BlockingQueue<byte[]> stdin = new LinkedBlockingQueue<>();
    private volatile boolean hungUp;
    private Runnable onInterrupt;
    private boolean interruptPending;

    final OutputStream out = new FrameOutput(Frames.STDOUT);
    final OutputStream err = new FrameOutput(Frames.STDERR);
    final InputStream in = new FrameInput();

    Connection(SocketChannel channel) {
        this.channel = channel;
        writer.setDaemon(true);
        writer.start();
    }

    private void writeLoop() {
        try {
            for (byte[][] frame; (frame = outgoing.take()) != LAST; ) {
                if (!hungUp) {
                    try {
                        Frames.write(channel, frame[0][0], frame[1], 0, frame[1].length);
                    } catch (IOException e) {
                        hungUp = true;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every frame sent so far has been written (or the client is gone). */
    void finish() {
        enqueue(LAST);
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a frame; an interrupt of the calling thread delays it, never loses it. */
    private void enqueue(byte[][] frame) {
        boolean interrupted = false;
        while (true) {
            try {
                outgoing.put(frame);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
                } else if (f.type() == Frames.CLOSED_PIPE) {
                    String which = new String(f.payload(), java.nio.charset.StandardCharsets.US_ASCII);
                    (which.equals("2") ? (FrameOutput) err : (FrameOutput) out).closed = true;
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
            // not on this reader thread: an interrupt status left on it would close the channel
            // (ClosedByInterruptException) and the client would see the daemon hang up
            Thread.ofVirtual().name("pyhost-daemon-interrupt").start(action);
        }
    }

    boolean hungUp() {
        return hungUp;
    }

    void send(byte type, byte[] data, int off, int len) throws IOException {
        if (hungUp) {
            throw new IOException("Broken pipe");
        }
        enqueue(new byte[][] {{type}, Arrays.copyOfRange(data, off, off + len)});
    }

    void send(byte type, String text) throws IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        send(type, b, 0, b.length);
    }

    /**
     * One of the client's output streams. Once the client finds it a pipe nobody reads, a write
     * fails as a CPython process's write to it would (EPIPE: the engines raise
     * BrokenPipeError/IOError 32, or end a script whose SIGPIPE is SIG_DFL as that signal would).
     */
    private final class FrameOutput extends OutputStream {
        private final byte type;
        private volatile boolean closed;

        FrameOutput(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed && len > 0) {
                throw new IOException("Broken pipe");
            }
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
