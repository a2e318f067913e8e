package dev.pyhost.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;

/**
 * One client's run, seen from the daemon: the client's standard streams as Java streams, and
 * the signals sent to the client (Ctrl-C, SIGTERM, ...). Standard input is read on demand — each read asks the client for at most the
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
    private IntConsumer onSignal;
    private final List<Integer> pendingSignals = new ArrayList<>();

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
                    signal(signalNumber(f.payload()));
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
        signal(2); // a client killed mid-run: the script stops as after Ctrl-C
    }

    /**
     * Where the client's signals go from now on (Ctrl-C, SIGTERM, ... sent to the client, which
     * is the run's process); those that came before are handed over at once, in order.
     */
    void onSignal(IntConsumer action) {
        List<Integer> now;
        synchronized (this) {
            onSignal = action;
            now = new ArrayList<>(pendingSignals);
            pendingSignals.clear();
        }
        now.forEach(action::accept);
    }

    private void signal(int number) {
        IntConsumer action;
        synchronized (this) {
            action = onSignal;
            if (action == null) {
                pendingSignals.add(number);
            }
        }
        if (action != null) {
            // not on this reader thread: an interrupt status left on it would close the channel
            // (ClosedByInterruptException) and the client would see the daemon hang up
            Thread.ofVirtual().name("pyhost-daemon-signal").start(() -> action.accept(number));
        }
    }

    /** A signal frame's number (text); an empty or unreadable one is Ctrl-C, as older clients sent. */
    private static int signalNumber(byte[] payload) {
        try {
            return Integer.parseInt(new String(payload, java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    boolean hungUp() {
        return hungUp;
    }

    /** The run was killed: what it writes from now on is dropped, as a dead process writes nothing. */
    void silence() {
        ((FrameOutput) out).dropped = true;
        ((FrameOutput) err).dropped = true;
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
        private volatile boolean dropped;

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
            if (dropped) {
                return;
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
