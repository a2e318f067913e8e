package dev.pyhost.shims.socket;

import dev.pyhost.shims.os.Posix;
import dev.pyhost.shims.os.PosixException;
import dev.pyhost.shims.os.SocketCalls;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java core of local ({@code AF_UNIX}) sockets, which the socket overlay adds to both
 * engines: the {@link SocketCalls} on real descriptors, each left non-blocking (the glue waits
 * with {@link #waitFor} in short slices, so Ctrl-C is seen and timeouts are kept as CPython keeps
 * them). The descriptors it opened are known to {@code select} through {@link #isOpen}.
 */
public final class LocalSockets {
    private static final Set<Integer> OPEN = ConcurrentHashMap.newKeySet();
    private static final int EBADF = 9;
    private static final int ENOSYS = 38;
    /** A peer gone is EPIPE, with no SIGPIPE (the JVM's own handling of it is not CPython's). */
    private static final int MSG_NOSIGNAL = 0x4000;

    private final SocketCalls calls = SocketCalls.get();
    private final Posix posix = Posix.get();

    /** True when {@code fd} is a local socket the script holds (select polls it itself). */
    public static boolean isOpen(int fd) {
        return OPEN.contains(fd);
    }

    /** Whether this machine's C library can be called (Linux, JDK 22+). */
    public boolean available() {
        return calls != null && posix != null;
    }

    /** A new socket of {@code type} (SOCK_STREAM 1, SOCK_DGRAM 2, SOCK_SEQPACKET 5): its descriptor, or -errno. */
    public long open(int type, int protocol) {
        if (!available()) {
            return -ENOSYS;
        }
        return opened(calls.socket(type | SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC, protocol));
    }

    /** A connected pair: both descriptors, or {@code {-errno}}. */
    public long[] pair(int type, int protocol) {
        if (!available()) {
            return new long[] {-ENOSYS};
        }
        long[] fds = calls.socketpair(type | SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC, protocol);
        if (fds.length == 2) {
            opened(fds[0]);
            opened(fds[1]);
        }
        return fds;
    }

    public long connect(int fd, String address) {
        return calls.connect(fd, address);
    }

    public long bind(int fd, String address) {
        return calls.bind(fd, address);
    }

    public long listen(int fd, int backlog) {
        return calls.listen(fd, backlog);
    }

    /** The next connection's descriptor, or -errno (EAGAIN: none waiting). */
    public long accept(int fd) {
        return opened(calls.accept(fd, SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC));
    }

    /** Sends {@code data} (bytes as chars), to {@code to} when not null: the count sent, or -errno. */
    public long send(int fd, String data, int flags, String to) {
        return calls.send(fd, data, flags | MSG_NOSIGNAL, to);
    }

    /** Up to {@code size} bytes: {@code {data, sender}}, or {@code {null, errno}}. */
    public String[] receive(int fd, int size, int flags) {
        return calls.receive(fd, size, flags);
    }

    /** The socket's own address ({@code peer} false) or its peer's: {@code {address}} or {@code {null, errno}}. */
    public String[] name(int fd, boolean peer) {
        return calls.name(fd, peer);
    }

    public long[] getIntOption(int fd, int level, int option) {
        return calls.getIntOption(fd, level, option);
    }

    public long setIntOption(int fd, int level, int option, int value) {
        return calls.setIntOption(fd, level, option, value);
    }

    public long shutdown(int fd, int how) {
        return calls.shutdown(fd, how);
    }

    /**
     * Waits up to {@code millis} for {@code events} (POLLIN 1, POLLOUT 4) on {@code fd}: the
     * events that came (0 when none did, or a signal ended the wait), or -errno.
     */
    public int waitFor(int fd, int events, int millis) {
        try {
            return posix.poll(new int[] {fd}, new short[] {(short) events}, millis)[0] & 0xffff;
        } catch (PosixException e) {
            return e.errno() == 4 ? 0 : -e.errno();
        }
    }

    /** Closes the descriptor: 0, or -EBADF when it was not one of these sockets. */
    public long close(int fd) {
        if (!OPEN.remove(fd)) {
            return -EBADF;
        }
        posix.close(fd);
        return 0;
    }

    /** Forgets the descriptor without closing it (detach: the script now owns the number). */
    public void forget(int fd) {
        OPEN.remove(fd);
    }

    private static long opened(long fd) {
        if (fd >= 0) {
            OPEN.add((int) fd);
        }
        return fd;
    }
}
