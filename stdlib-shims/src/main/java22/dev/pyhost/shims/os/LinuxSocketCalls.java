package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/** {@link SocketCalls} on Linux, through the C library. */
final class LinuxSocketCalls implements SocketCalls {
    private static final int EINTR = 4;
    private static final int EINVAL = 22;
    /** {@code struct sockaddr_un}: a 2-byte family, then 108 bytes of path. */
    private static final int SUN_PATH = 2;
    private static final int SOCKADDR_UN = 110;

    private final LazyDowncall socket = fn("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall socketpair = fn("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall connect = fn("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall bind = fn("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall listen = fn("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall accept4 = fn("accept4",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall sendto = fn("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall recvfrom = fn("recvfrom",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall getsockname = fn("getsockname",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall getpeername = fn("getpeername",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall getsockopt = fn("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall setsockopt = fn("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall shutdown = fn("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);

    @Override
    public long socket(int type, int protocol) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) socket.handle().invokeExact(state, AF_UNIX, type, protocol);
            return r < 0 ? -errno(state) : r;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] socketpair(int type, int protocol) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            int r = (int) socketpair.handle().invokeExact(state, AF_UNIX, type, protocol, fds);
            return r < 0 ? new long[] {-errno(state)} : new long[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long connect(int fd, String address) {
        return withAddress(fd, address, connect);
    }

    @Override
    public long bind(int fd, String address) {
        return withAddress(fd, address, bind);
    }

    private static long withAddress(int fd, String address, LazyDowncall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment addr = sockaddr(arena, address);
            if (addr == null) {
                return -EINVAL;
            }
            while (true) {
                int r = (int) call.handle().invokeExact(state, fd, addr, (int) addr.byteSize());
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return -e;
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long listen(int fd, int backlog) {
        return intCall(listen, fd, backlog);
    }

    @Override
    public long accept(int fd, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            while (true) {
                int r = (int) accept4.handle().invokeExact(state, fd, MemorySegment.NULL, MemorySegment.NULL, flags);
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return r < 0 ? -e : r;
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long send(int fd, String data, int flags, String to) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            byte[] b = data.getBytes(StandardCharsets.ISO_8859_1);
            MemorySegment buf = arena.allocate(Math.max(1, b.length));
            MemorySegment.copy(b, 0, buf, JAVA_BYTE, 0, b.length);
            MemorySegment addr = to == null ? MemorySegment.NULL : sockaddr(arena, to);
            if (addr == null) {
                return -EINVAL;
            }
            int addrLen = to == null ? 0 : (int) addr.byteSize();
            while (true) {
                long r = (long) sendto.handle().invokeExact(state, fd, buf, (long) b.length, flags, addr, addrLen);
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return r < 0 ? -e : r;
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] receive(int fd, int size, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = arena.allocate(Math.max(1, size));
            MemorySegment addr = arena.allocate(SOCKADDR_UN);
            MemorySegment len = arena.allocate(JAVA_INT);
            while (true) {
                len.set(JAVA_INT, 0, SOCKADDR_UN);
                long r = (long) recvfrom.handle().invokeExact(state, fd, buf, (long) size, flags, addr, len);
                int e = r < 0 ? errno(state) : 0;
                if (e == EINTR) {
                    continue;
                }
                if (r < 0) {
                    return new String[] {null, Integer.toString(e)};
                }
                byte[] data = buf.asSlice(0, r).toArray(JAVA_BYTE);
                int n = len.get(JAVA_INT, 0);
                String from = n >= SUN_PATH && addr.get(JAVA_SHORT, 0) == AF_UNIX ? path(addr, n) : null;
                return new String[] {new String(data, StandardCharsets.ISO_8859_1), from};
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] name(int fd, boolean peer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment addr = arena.allocate(SOCKADDR_UN);
            MemorySegment len = arena.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, SOCKADDR_UN);
            int r = (int) (peer ? getpeername : getsockname).handle().invokeExact(state, fd, addr, len);
            if (r < 0) {
                return new String[] {null, Integer.toString(errno(state))};
            }
            return new String[] {path(addr, Math.min(len.get(JAVA_INT, 0), SOCKADDR_UN))};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] getIntOption(int fd, int level, int option) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment value = arena.allocate(JAVA_INT);
            MemorySegment len = arena.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, 4);
            int r = (int) getsockopt.handle().invokeExact(state, fd, level, option, value, len);
            return r < 0 ? new long[] {0, errno(state)} : new long[] {value.get(JAVA_INT, 0), 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long setIntOption(int fd, int level, int option, int v) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment value = arena.allocate(JAVA_INT);
            value.set(JAVA_INT, 0, v);
            int r = (int) setsockopt.handle().invokeExact(state, fd, level, option, value, 4);
            return r < 0 ? -errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long shutdown(int fd, int how) {
        return intCall(shutdown, fd, how);
    }

    /** A call of two ints that answers 0 or -1 with errno: 0 or -errno. */
    private static long intCall(LazyDowncall call, int fd, int arg) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) call.handle().invokeExact(state, fd, arg);
            return r < 0 ? -errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The {@code sockaddr_un} of a path (with its NUL, unless the name is abstract), sized as the
     * kernel is told; null when the path does not fit.
     */
    private static MemorySegment sockaddr(Arena arena, String address) {
        byte[] p = address.getBytes(StandardCharsets.ISO_8859_1);
        // a name in the abstract namespace has no NUL at its end; nor has the empty one, which
        // binds to a name the kernel picks (autobind), as CPython passes it
        boolean abstractName = p.length == 0 || p[0] == 0;
        int size = SUN_PATH + p.length + (abstractName ? 0 : 1);
        if (size > SOCKADDR_UN) {
            return null;
        }
        MemorySegment addr = arena.allocate(size);
        addr.set(JAVA_SHORT, 0, (short) AF_UNIX);
        MemorySegment.copy(p, 0, addr, JAVA_BYTE, SUN_PATH, p.length);
        return addr;
    }

    /** The path of a {@code sockaddr_un} the kernel filled to {@code len} bytes. */
    private static String path(MemorySegment addr, int len) {
        if (len <= SUN_PATH) {
            return "";
        }
        byte[] p = addr.asSlice(SUN_PATH, len - SUN_PATH).toArray(JAVA_BYTE);
        int n = p.length;
        if (p[0] != 0) {  // a file name ends at its NUL; an abstract one is all its bytes
            n = 0;
            while (n < p.length && p[n] != 0) {
                n++;
            }
        }
        return new String(p, 0, n, StandardCharsets.ISO_8859_1);
    }
}
