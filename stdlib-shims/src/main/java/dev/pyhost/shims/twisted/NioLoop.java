package dev.pyhost.shims.twisted;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The reactor's I/O half: one {@link Selector} owning listening ports and TCP connections. It is
 * driven by the Python reactor's own thread, which calls {@link #poll} and dispatches the
 * {@link Event}s it returns to protocols, so every Python callback runs on that one thread, as in
 * Twisted. Only {@link #wakeup} may be called from other threads ({@code callFromThread}).
 *
 * <p>Bytes cross to Python as strings of chars 0-255 (latin-1), which both engines convert the
 * same way ({@code s.encode('latin-1')}).
 */
public final class NioLoop {

    /** What {@link #poll} reports; {@code kind} is one of the constants below. */
    public record Event(int kind, long id, long other, String data) {
    }

    /** A listening port accepted connection {@code other}. */
    public static final int ACCEPTED = 1;
    /** Outgoing connection {@code id} is established. */
    public static final int CONNECTED = 2;
    /** Outgoing connection {@code id} failed; {@code data} is the reason ("refused: ..."). */
    public static final int CONNECT_FAILED = 3;
    /** Connection {@code id} received {@code data}. */
    public static final int DATA = 4;
    /** Connection {@code id} closed: {@code other} 0 cleanly, 1 lost; {@code data} the cause. */
    public static final int CLOSED = 5;

    private static final int READ_SIZE = 65536;

    private final Selector selector;
    private final Map<Long, ServerSocketChannel> ports = new HashMap<>();
    private final Map<Long, Conn> conns = new HashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_SIZE);
    /** Events that happened outside a poll (immediate connect, close): reported by the next. */
    private final List<Event> immediate = new ArrayList<>();
    private long nextId = 1;
    private String lastError = "";

    private static final class Conn {
        final long id;
        final SocketChannel channel;
        final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
        SelectionKey key;
        boolean connecting;
        boolean closing;
        boolean readingPaused;
        boolean closed;

        Conn(long id, SocketChannel channel) {
            this.id = id;
            this.channel = channel;
        }
    }

    public NioLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a selector: " + e.getMessage(), e);
        }
    }

    /** The message of the last failed {@link #listen} or {@link #connect}. */
    public String error() {
        return lastError;
    }

    /** Starts listening; returns the port's id, or -1 with {@link #error()} set (errno text). */
    public long listen(String host, int port, int backlog) {
        ServerSocketChannel server = null;
        try {
            server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            InetSocketAddress where = host == null || host.isEmpty()
                    ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getByName(host), port);
            server.bind(where, backlog);
            server.configureBlocking(false);
            long id = nextId++;
            server.register(selector, SelectionKey.OP_ACCEPT, id);
            ports.put(id, server);
            return id;
        } catch (IOException | RuntimeException e) {
            lastError = errnoText(e);
            if (server != null) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            return -1;
        }
    }

    /** The bound address of a port or connection: host. */
    public String localHost(long id) {
        InetSocketAddress a = local(id);
        return a == null ? "0.0.0.0" : a.getAddress().getHostAddress();
    }

    /** The bound address of a port or connection: port number. */
    public int localPort(long id) {
        InetSocketAddress a = local(id);
        return a == null ? 0 : a.getPort();
    }

    public String peerHost(long id) {
        InetSocketAddress a = remote(id);
        return a == null ? "0.0.0.0" : a.getAddress().getHostAddress();
    }

    public int peerPort(long id) {
        InetSocketAddress a = remote(id);
        return a == null ? 0 : a.getPort();
    }

    private InetSocketAddress local(long id) {
        try {
            if (ports.containsKey(id)) {
                return (InetSocketAddress) ports.get(id).getLocalAddress();
            }
            Conn c = conns.get(id);
            return c == null ? null : (InetSocketAddress) c.channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    private InetSocketAddress remote(long id) {
        try {
            Conn c = conns.get(id);
            return c == null ? null : (InetSocketAddress) c.channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops listening on a port (idempotent). */
    public void stopListening(long id) {
        ServerSocketChannel server = ports.remove(id);
        if (server != null) {
            SelectionKey key = server.keyFor(selector);
            if (key != null) {
                key.cancel();
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * Starts connecting; returns the connection's id ({@link #CONNECTED} or {@link #CONNECT_FAILED}
     * follows from {@link #poll}), or -1 with {@link #error()} set when the address is unusable.
     */
    public long connect(String host, int port) {
        try {
            InetSocketAddress where = new InetSocketAddress(InetAddress.getByName(host), port);
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            long id = nextId++;
            Conn c = new Conn(id, ch);
            conns.put(id, c);
            if (ch.connect(where)) {
                c.key = ch.register(selector, 0, id);
                immediate.add(new Event(CONNECTED, id, 0, null));
            } else {
                c.connecting = true;
                c.key = ch.register(selector, SelectionKey.OP_CONNECT, id);
            }
            return id;
        } catch (IOException | RuntimeException e) {
            lastError = errnoText(e);
            return -1;
        }
    }

    /** Starts reading a connection (after the protocol was made). */
    public void startReading(long id) {
        Conn c = conns.get(id);
        if (c != null && !c.closed) {
            c.readingPaused = false;
            interest(c);
        }
    }

    public void pauseReading(long id) {
        Conn c = conns.get(id);
        if (c != null && !c.closed) {
            c.readingPaused = true;
            interest(c);
        }
    }

    /** Queues bytes (latin-1 chars) for writing; they go out as the socket accepts them. */
    public void write(long id, String data) {
        Conn c = conns.get(id);
        if (c == null || c.closed || c.closing || data.isEmpty()) {
            return;
        }
        c.pending.add(ByteBuffer.wrap(data.getBytes(StandardCharsets.ISO_8859_1)));
        interest(c);
    }

    /** Closes the connection once everything written so far is sent. */
    public void loseConnection(long id) {
        Conn c = conns.get(id);
        if (c == null || c.closed || c.closing) {
            return;
        }
        c.closing = true;
        if (c.pending.isEmpty() && !c.connecting) {
            close(c, 0, "closed cleanly", immediate);
        } else {
            interest(c);
        }
    }

    /** Closes the connection at once, dropping unsent bytes. */
    public void abortConnection(long id) {
        Conn c = conns.get(id);
        if (c != null && !c.closed) {
            c.pending.clear();
            close(c, 1, "aborted", immediate);
        }
    }

    /** Number of bytes written but not yet sent. */
    public long pendingBytes(long id) {
        Conn c = conns.get(id);
        long n = 0;
        if (c != null) {
            for (ByteBuffer b : c.pending) {
                n += b.remaining();
            }
        }
        return n;
    }

    /** Interrupts a {@link #poll} in progress; callable from any thread. */
    public void wakeup() {
        if (selector.isOpen()) {
            selector.wakeup();
        }
    }

    /**
     * Waits up to {@code timeout} seconds (negative: until something happens; 0: not at all) for
     * I/O, performs it, and reports what the protocols must hear about.
     */
    public List<Event> poll(double timeout) {
        List<Event> events = new ArrayList<>(immediate);
        immediate.clear();
        try {
            if (!events.isEmpty() || timeout == 0) {
                selector.selectNow();
            } else if (timeout < 0) {
                selector.select();
            } else {
                long ms = (long) Math.ceil(timeout * 1000);
                selector.select(Math.max(1, ms));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            long id = (Long) key.attachment();
            if (!key.isValid()) {
                continue;
            }
            ServerSocketChannel server = ports.get(id);
            if (server != null) {
                accept(id, server, events);
                continue;
            }
            Conn c = conns.get(id);
            if (c == null || c.closed) {
                continue;
            }
            try {
                if (c.connecting && key.isConnectable()) {
                    finishConnect(c, events);
                    continue;
                }
                if (key.isValid() && key.isWritable()) {
                    flush(c, events);
                }
                if (!c.closed && key.isValid() && key.isReadable()) {
                    read(c, events);
                }
            } catch (CancelledKeyException ignored) {
                // closed while handling
            }
        }
        events.addAll(immediate);
        immediate.clear();
        return events;
    }

    private void accept(long portId, ServerSocketChannel server, List<Event> events) {
        for (int i = 0; i < 100; i++) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (IOException e) {
                return;
            }
            if (ch == null) {
                return;
            }
            try {
                ch.configureBlocking(false);
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                long id = nextId++;
                Conn c = new Conn(id, ch);
                c.readingPaused = true;
                c.key = ch.register(selector, 0, id);
                conns.put(id, c);
                events.add(new Event(ACCEPTED, portId, id, null));
            } catch (IOException e) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // dropping it
                }
            }
        }
    }

    private void finishConnect(Conn c, List<Event> events) {
        try {
            c.channel.finishConnect();
            c.connecting = false;
            c.readingPaused = true;
            interest(c);
            events.add(new Event(CONNECTED, c.id, 0, null));
        } catch (IOException e) {
            c.closed = true;
            conns.remove(c.id);
            c.key.cancel();
            try {
                c.channel.close();
            } catch (IOException ignored) {
                // failed anyway
            }
            events.add(new Event(CONNECT_FAILED, c.id, 0, errnoText(e)));
        }
    }

    private void flush(Conn c, List<Event> events) {
        try {
            while (!c.pending.isEmpty()) {
                ByteBuffer b = c.pending.peek();
                c.channel.write(b);
                if (b.hasRemaining()) {
                    break;
                }
                c.pending.poll();
            }
        } catch (IOException e) {
            close(c, 1, errnoText(e), events);
            return;
        }
        if (c.pending.isEmpty() && c.closing) {
            close(c, 0, "closed cleanly", events);
        } else {
            interest(c);
        }
    }

    private void read(Conn c, List<Event> events) {
        readBuffer.clear();
        int n;
        try {
            n = c.channel.read(readBuffer);
        } catch (IOException e) {
            close(c, 1, errnoText(e), events);
            return;
        }
        if (n < 0) {
            close(c, 0, "closed cleanly", events);
        } else if (n > 0) {
            events.add(new Event(DATA, c.id, 0,
                    new String(readBuffer.array(), 0, n, StandardCharsets.ISO_8859_1)));
        }
    }

    private void interest(Conn c) {
        if (c.closed || c.key == null || !c.key.isValid()) {
            return;
        }
        int ops = 0;
        if (c.connecting) {
            ops = SelectionKey.OP_CONNECT;
        } else {
            if (!c.readingPaused && !c.closing) {
                ops |= SelectionKey.OP_READ;
            }
            if (!c.pending.isEmpty() || c.closing) {
                ops |= SelectionKey.OP_WRITE;
            }
        }
        c.key.interestOps(ops);
    }

    private void close(Conn c, int lost, String why, List<Event> events) {
        if (c.closed) {
            return;
        }
        c.closed = true;
        if (c.key != null) {
            c.key.cancel();
        }
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        conns.remove(c.id);
        events.add(new Event(CLOSED, c.id, lost, why));
    }

    /** Closes every port and connection without reporting (the session is ending). */
    public void shutdown() {
        for (long id : new ArrayList<>(ports.keySet())) {
            stopListening(id);
        }
        for (Conn c : new ArrayList<>(conns.values())) {
            close(c, 1, "shutdown", new ArrayList<>());
        }
    }

    /** Closes every port and connection and the selector: the reactor has stopped for good. */
    public void close() {
        shutdown();
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** An exception as CPython's socket errors read: "[Errno 111] Connection refused". */
    private static String errnoText(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.ConnectException || m.contains("Connection refused")) {
            return "111:Connection refused";
        }
        if (e instanceof java.net.BindException || m.contains("Address already in use")) {
            return "98:Address already in use";
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
            return "-2:Name or service not known";
        }
        if (m.contains("Connection reset")) {
            return "104:Connection reset by peer";
        }
        if (m.contains("Broken pipe")) {
            return "32:Broken pipe";
        }
        if (m.contains("Cannot assign requested address")) {
            return "99:Cannot assign requested address";
        }
        if (m.contains("Permission denied")) {
            return "13:Permission denied";
        }
        return "0:" + m;
    }
}
