package dev.pyhost.shims.coop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of greenlets and their hub. Each greenlet's stack is a virtual thread's stack;
 * the glue hands control from one to the next with locks, so only one greenlet of a group runs at
 * a time. The hub waits for sockets with one java.nio {@link Selector}; since only one greenlet
 * runs at a time, the selector is never used by two threads at once.
 */
public final class CoopCore {
    private final boolean interruptible;
    private Selector selector;
    private int watched;

    /** A core whose waits an interrupt ends ({@code interruptible}, see {@link Baton#take}) or not. */
    public CoopCore(boolean interruptible) {
        this.interruptible = interruptible;
    }

    /**
     * A group for the greenlets of one Python thread: {@link #start(Runnable, Object) started} in
     * it, they share one carrier (see {@link GreenletCarrier}).
     */
    public Object group() {
        if ("platform".equals(System.getenv("PYHOST_GREENLET_THREADS"))) {
            return Thread.ofPlatform().daemon().name("greenlet");
        }
        Thread.Builder.OfVirtual b = GreenletCarrier.newGroup();
        return (b != null ? b : Thread.ofVirtual()).name("greenlet");
    }

    /** Starts {@code body} (a Python callable) on a new thread of a {@link #group}. */
    public void start(Runnable body, Object group) {
        // a group's builder is used by one greenlet at a time, as a builder must be
        ((Thread.Builder) group).start(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                // the glue reports every Python error itself: what escapes is the session closing
                // under a greenlet that was still waiting, which CPython's greenlet ignores too
            }
        });
    }

    /** A new turn for a greenlet or worker thread, not given yet. */
    public Baton baton() {
        return new Baton(interruptible);
    }

    /** Monotonic seconds, for timers. */
    public double monotonic() {
        return System.nanoTime() / 1e9;
    }

    /** A new unconnected, unbound TCP socket. */
    public NioSocket socket() {
        return new NioSocket(this);
    }

    /** How many socket waits are pending (the hub blocks only while there are some, or timers). */
    public int watched() {
        return watched;
    }

    /**
     * Wakes {@code token} once when {@code socket} is readable ({@code write} false: data, a
     * connection to accept, or end of stream) or writable (connected, room to send).
     */
    public boolean watch(NioSocket socket, boolean write, long token) {
        try {
            Selector sel = selector();
            SelectionKey k = socket.key;
            if (k == null || !k.isValid()) {
                k = socket.selectable().register(sel, 0, socket);
                socket.key = k;
            }
            int op = write ? (socket.isListening() ? 0 : connectOrWrite(socket)) : readOp(socket);
            if ((k.interestOps() & op) == 0) {
                watched++;
            }
            k.interestOps(k.interestOps() | op);
            if (write) {
                socket.writeToken = token;
            } else {
                socket.readToken = token;
            }
            return true;
        } catch (ClosedChannelException | CancelledKeyException e) {
            return false;
        }
    }

    /** Stops a pending wait (the greenlet was woken by something else, e.g. a timeout). */
    public void unwatch(NioSocket socket, boolean write) {
        SelectionKey k = socket.key;
        if (k == null || !k.isValid()) {
            return;
        }
        int op = write ? connectOrWrite(socket) : readOp(socket);
        try {
            if ((k.interestOps() & op) != 0) {
                watched--;
                k.interestOps(k.interestOps() & ~op);
            }
        } catch (CancelledKeyException ignored) {
            // closed meanwhile
        }
    }

    void forget(NioSocket socket) {
        SelectionKey k = socket.key;
        if (k != null && k.isValid()) {
            try {
                watched -= Integer.bitCount(k.interestOps());
            } catch (CancelledKeyException ignored) {
                // already cancelled
            }
            k.cancel();
            try {
                // a closed channel's socket is released only once its key leaves the selector
                selector.selectNow();
            } catch (IOException ignored) {
                // the selector is closing too
            }
        }
    }

    /**
     * Waits up to {@code timeout} seconds (negative: without limit, 0: not at all) for watched
     * sockets; returns the tokens of the waits that are over, each once.
     */
    public long[] poll(double timeout) {
        try {
            Selector sel = selector();
            if (timeout == 0) {
                sel.selectNow();
            } else if (timeout < 0) {
                sel.select();
            } else {
                sel.select(Math.max(1, (long) Math.ceil(timeout * 1000)));
            }
            List<Long> tokens = new ArrayList<>();
            for (SelectionKey k : sel.selectedKeys()) {
                NioSocket s = (NioSocket) k.attachment();
                try {
                    int ready = k.readyOps();
                    int interest = k.interestOps();
                    int r = interest & readOp(s);
                    int w = interest & connectOrWrite(s);
                    int done = 0;
                    if (r != 0 && (ready & r) != 0) {
                        tokens.add(s.readToken);
                        done |= r;
                    }
                    if (w != 0 && (ready & w) != 0) {
                        tokens.add(s.writeToken);
                        done |= w;
                    }
                    watched -= Integer.bitCount(done);
                    k.interestOps(interest & ~done);
                } catch (CancelledKeyException ignored) {
                    // the socket was closed while selected
                }
            }
            sel.selectedKeys().clear();
            long[] out = new long[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = tokens.get(i);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sleeps {@code seconds} (no sockets to watch: the hub waits for its next timer). */
    public void sleep(double seconds) {
        if (seconds > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos((long) (seconds * 1e9));
        }
    }

    private static int readOp(NioSocket s) {
        return s.isListening() ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }

    private static int connectOrWrite(NioSocket s) {
        SelectionKey k = s.key;
        return k != null && k.channel() instanceof java.nio.channels.SocketChannel c && c.isConnectionPending()
                ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }

    private Selector selector() {
        if (selector == null) {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return selector;
    }
}
