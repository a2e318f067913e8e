package dev.pyhost.shims.os;

/**
 * The C library's calls on local ({@code AF_UNIX}) sockets, which neither engine's socket module
 * has: {@code socket(2)}, {@code connect(2)}, {@code bind(2)}, {@code accept4(2)}, {@code sendto(2)},
 * {@code recvfrom(2)} and the rest. A socket's address is the bytes of its {@code sun_path}, as
 * far as the kernel's length says (a name in the abstract namespace starts with a NUL byte; an
 * unnamed socket's is empty); bytes travel as strings of one char each (ISO-8859-1).
 * <p>
 * Each call answers a count or descriptor, or {@code -errno} (EINTR is retried). Closing and
 * polling a descriptor go through {@link Posix}.
 * <p>
 * Implemented with the foreign function API on JDK 22+ ({@code LinuxSocketCalls}); {@link #get()}
 * is null where that is not available.
 */
public interface SocketCalls {
    int AF_UNIX = 1;
    int SOCK_NONBLOCK = 0x800;
    int SOCK_CLOEXEC = 0x80000;

    static SocketCalls get() {
        return Holder.INSTANCE;
    }

    /** {@code socket(AF_UNIX, type, protocol)}: a descriptor. */
    long socket(int type, int protocol);

    /** {@code socketpair(AF_UNIX, ...)}: the two descriptors, or {@code {-errno}}. */
    long[] socketpair(int type, int protocol);

    long connect(int fd, String address);

    long bind(int fd, String address);

    long listen(int fd, int backlog);

    /** {@code accept4} with {@code flags}: the new descriptor. */
    long accept(int fd, int flags);

    /** {@code sendto(2)} of {@code data} ({@code to} null: {@code send(2)}): the bytes sent. */
    long send(int fd, String data, int flags, String to);

    /**
     * {@code recvfrom(2)} of up to {@code size} bytes: {@code {data, sender}} (sender null where
     * the kernel gave none), or {@code {null, errno}}.
     */
    String[] receive(int fd, int size, int flags);

    /** {@code getsockname(2)} ({@code peer} false) or {@code getpeername(2)}: {@code {address}} or {@code {null, errno}}. */
    String[] name(int fd, boolean peer);

    /** {@code getsockopt(2)} of an int option: {@code {value, 0}} or {@code {0, errno}}. */
    long[] getIntOption(int fd, int level, int option);

    long setIntOption(int fd, int level, int option, int value);

    long shutdown(int fd, int how);

    final class Holder {
        static final SocketCalls INSTANCE = LinuxCalls.load(SocketCalls.class, "LinuxSocketCalls");

        private Holder() {
        }
    }
}
