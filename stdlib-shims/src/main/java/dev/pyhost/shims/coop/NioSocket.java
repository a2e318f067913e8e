package dev.pyhost.shims.coop;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * A non-blocking TCP socket over java.nio for the cooperative socket modules. Data crosses to
 * Python as Latin-1 strings, one char per byte, which both engines pass without conversion.
 * Operations never throw: a call that cannot complete now returns {@code null} (or -1) with
 * {@link #errno()} 0, and a failure returns the same with {@link #errno()} and
 * {@link #strerror()} set as the C library would.
 */
public final class NioSocket {
    /** Backlog used when a bound socket starts listening (bind and listen are one step in NIO). */
    private static final int BACKLOG = 4096;

    private final CoopCore core;
    private ServerSocketChannel server;
    private SocketChannel channel;
    private boolean reuseAddress;
    private boolean noDelay;
    private int errno;
    private String strerror = "";
    private boolean closed;
    SelectionKey key;
    long readToken;
    long writeToken;

    NioSocket(CoopCore core) {
        this.core = core;
    }

    NioSocket(CoopCore core, SocketChannel accepted) {
        this.core = core;
        this.channel = accepted;
    }

    public int errno() {
        return errno;
    }

    public String strerror() {
        return strerror;
    }

    public void setReuseAddress(boolean on) {
        reuseAddress = on;
    }

    public void setNoDelay(boolean on) {
        noDelay = on;
        if (channel != null) {
            try {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, on);
            } catch (IOException ignored) {
                // option kept for the record, as getsockopt reports it
            }
        }
    }

    /** Binds and starts listening (NIO has no separate listen): false with errno on failure. */
    public boolean bind(String host, int port) {
        try {
            server = ServerSocketChannel.open();
            server.configureBlocking(false);
            server.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddress);
            server.bind(new InetSocketAddress(host, port), BACKLOG);
            return true;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** Starts connecting: 1 connected, 0 in progress (wait for writable, then finishConnect), -1 error. */
    public int connect(String host, int port) {
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
            return channel.connect(new InetSocketAddress(host, port)) ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return -1;
        }
    }

    /** 1 connected, 0 still in progress, -1 failed. */
    public int finishConnect() {
        try {
            return channel.finishConnect() ? 1 : 0;
        } catch (IOException e) {
            fail(e);
            return -1;
        }
    }

    /** An accepted connection, or null (errno 0: none waiting). */
    public NioSocket accept() {
        try {
            if (server == null) {
                errno = 22;
                strerror = "Invalid argument";
                return null;
            }
            SocketChannel c = server.accept();
            errno = 0;
            if (c == null) {
                return null;
            }
            c.configureBlocking(false);
            return new NioSocket(core, c);
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }

    /** Up to {@code max} bytes; "" at end of stream; null when none yet (errno 0) or on error. */
    public String recv(int max) {
        try {
            if (channel == null) {
                errno = 107;
                strerror = "Transport endpoint is not connected";
                return null;
            }
            ByteBuffer buf = ByteBuffer.allocate(Math.max(1, max));
            int n = channel.read(buf);
            errno = 0;
            if (n < 0) {
                return "";
            }
            if (n == 0) {
                return max <= 0 ? "" : null;
            }
            return new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }

    /** Bytes written now (0 when the buffer is full), -1 on error. */
    public int send(String data) {
        try {
            if (channel == null) {
                errno = 32;
                strerror = "Broken pipe";
                return -1;
            }
            errno = 0;
            return channel.write(ByteBuffer.wrap(data.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            fail(e);
            return -1;
        }
    }

    /** [host, port] of the local end, or null when unbound. */
    public Object[] sockname() {
        try {
            InetSocketAddress a = (InetSocketAddress) (server != null ? server.getLocalAddress()
                    : channel != null ? channel.getLocalAddress() : null);
            return a == null ? null : new Object[] {a.getAddress().getHostAddress(), a.getPort()};
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }

    /** [host, port] of the remote end, or null when not connected. */
    public Object[] peername() {
        try {
            InetSocketAddress a = channel == null ? null : (InetSocketAddress) channel.getRemoteAddress();
            return a == null ? null : new Object[] {a.getAddress().getHostAddress(), a.getPort()};
        } catch (IOException e) {
            fail(e);
            return null;
        }
    }

    public boolean shutdown(int how) {
        try {
            if (channel != null) {
                if (how == 0 || how == 2) {
                    channel.shutdownInput();
                }
                if (how == 1 || how == 2) {
                    channel.shutdownOutput();
                }
            }
            return true;
        } catch (IOException e) {
            return fail(e);
        }
    }

    public boolean isListening() {
        return server != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        core.forget(this);
        try {
            if (server != null) {
                server.close();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing is best effort, as close(2) on a socket
        }
    }

    SelectableChannel selectable() {
        return server != null ? server : channel;
    }

    private boolean fail(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof ConnectException || m.contains("refused")) {
            errno = 111;
            strerror = "Connection refused";
        } else if (e instanceof BindException || m.contains("already in use")) {
            errno = 98;
            strerror = "Address already in use";
        } else if (e instanceof ClosedChannelException) {
            errno = 9;
            strerror = "Bad file descriptor";
        } else if (m.contains("reset")) {
            errno = 104;
            strerror = "Connection reset by peer";
        } else if (m.contains("Broken pipe")) {
            errno = 32;
            strerror = "Broken pipe";
        } else if (e instanceof java.nio.channels.UnresolvedAddressException || m.contains("nresolved")) {
            errno = -2;
            strerror = "Name or service not known";
        } else if (e instanceof SocketException && m.contains("unreachable")) {
            errno = 101;
            strerror = "Network is unreachable";
        } else {
            errno = 5;
            strerror = m;
        }
        return false;
    }
}
