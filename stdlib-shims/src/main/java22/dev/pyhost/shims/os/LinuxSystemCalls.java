package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.clearErrno;
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** {@link SystemCalls} on Linux's C library through the foreign function API. */
final class LinuxSystemCalls implements SystemCalls {
    /** struct statvfs on LP64 glibc: 11 unsigned longs, then spare room. */
    private static final long STATVFS_SIZE = 256;

    private final LazyDowncall getpriority = fn("getpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall setpriority = fn("setpriority",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall nice = fn("nice", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall mknod = fn("mknod", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG), ERRNO_OPT);
    private final LazyDowncall mkfifo = fn("mkfifo", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall sync = fn("sync", FunctionDescriptor.ofVoid());
    private final LazyDowncall abort = fn("abort", FunctionDescriptor.ofVoid());
    private final LazyDowncall statvfs = fn("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall getgrouplist = fn("getgrouplist",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    private final LazyDowncall getgroups = fn("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall setpgid = fn("setpgid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall killpg = fn("killpg", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall setsid = fn("setsid", FunctionDescriptor.of(JAVA_INT), ERRNO_OPT);
    private final LazyDowncall getlogin = fn("getlogin", FunctionDescriptor.of(ADDRESS), ERRNO_OPT);
    private final LazyDowncall schedYield = fn("sched_yield", FunctionDescriptor.of(JAVA_INT));
    private final LazyDowncall alarm = fn("alarm", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private final LazyDowncall setitimer = fn("setitimer", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS),
            ERRNO_OPT);
    private final LazyDowncall getitimer = fn("getitimer", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall sysconf = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall pathconf = fn("pathconf", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall confstr = fn("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG),
            ERRNO_OPT);
    private final LazyDowncall fstatat = fn("fstatat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall dup = fn("dup", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall dup2 = fn("dup2", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall isatty = fn("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private final LazyDowncall ttyname = fn("ttyname_r", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private final LazyDowncall ctermid = fn("ctermid", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private final LazyDowncall tcgetpgrp = fn("tcgetpgrp", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall tcsetpgrp = fn("tcsetpgrp", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall fchmod = fn("fchmod", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall fchown = fn("fchown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            ERRNO_OPT);
    private final LazyDowncall fstatvfs = fn("fstatvfs", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall fpathconf = fn("fpathconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall posixOpenpt = fn("posix_openpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall grantpt = fn("grantpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall unlockpt = fn("unlockpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall ptsname = fn("ptsname_r", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private final LazyDowncall open = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private static final int O_RDWR_NOCTTY = 02 | 0400;
    private final LazyDowncall close = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall fcntl = fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private static final int F_GETFL = 3;
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_EMPTY_PATH = 0x1000;
    /** x86-64's struct stat is 144 bytes; its layout is the only one read here. */
    private static final boolean X86_64 = System.getProperty("os.arch", "").matches("amd64|x86_64");

    @Override
    public long[] getpriority(int which, int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            clearErrno();
            int r = (int) getpriority.handle().invokeExact(state, which, who);
            return new long[] {r, r == -1 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int setpriority(int which, int who, int prio) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) setpriority.handle().invokeExact(state, which, who, prio);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] nice(int increment) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            clearErrno();
            int r = (int) nice.handle().invokeExact(state, increment);
            return new long[] {r, r == -1 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int mknod(String path, int mode, long device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) mknod.handle().invokeExact(state, cString(arena, path), mode, device);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int mkfifo(String path, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) mkfifo.handle().invokeExact(state, cString(arena, path), mode);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void abort() {
        try {
            abort.handle().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void sync() {
        try {
            sync.handle().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] statvfs(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = arena.allocate(STATVFS_SIZE, 8);
            int r = (int) statvfs.handle().invokeExact(state, cString(arena, path), buf);
            if (r != 0) {
                return new long[] {errno(state)};
            }
            return statvfsFields(buf);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static long[] statvfsFields(MemorySegment buf) {
        long[] f = buf.asSlice(0, 11 * 8).toArray(JAVA_LONG);
        // struct order: bsize frsize blocks bfree bavail files ffree favail fsid flag namemax
        return new long[] {f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[9], f[10], f[8]};
    }

    @Override
    public long[] getgrouplist(String user, int group) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = cString(arena, user);
            int size = 64;
            while (true) {
                MemorySegment groups = arena.allocate(JAVA_INT, size);
                MemorySegment count = arena.allocate(JAVA_INT);
                count.set(JAVA_INT, 0, size);
                int r = (int) getgrouplist.handle().invokeExact(name, group, groups, count);
                int n = count.get(JAVA_INT, 0);
                if (r >= 0) {
                    long[] out = new long[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = Integer.toUnsignedLong(groups.getAtIndex(JAVA_INT, i));
                    }
                    return out;
                }
                size = Math.max(size * 2, n);
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int n = (int) getgroups.handle().invokeExact(state, 0, MemorySegment.NULL);
            MemorySegment groups = arena.allocate(JAVA_INT, Math.max(1, n));
            n = (int) getgroups.handle().invokeExact(state, n, groups);
            long[] out = new long[Math.max(0, n)];
            for (int i = 0; i < out.length; i++) {
                out[i] = Integer.toUnsignedLong(groups.getAtIndex(JAVA_INT, i));
            }
            return out;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int setpgid(int pid, int pgid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) setpgid.handle().invokeExact(state, pid, pgid);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int killpg(int pgid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) killpg.handle().invokeExact(state, pgid, signal);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] setsid() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) setsid.handle().invokeExact(state);
            return new long[] {r, r < 0 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] getlogin() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            clearErrno();
            MemorySegment name = (MemorySegment) getlogin.handle().invokeExact(state);
            if (name.equals(MemorySegment.NULL)) {
                return new String[] {String.valueOf(errno(state)), null};
            }
            return new String[] {"0", name.reinterpret(4096).getString(0, StandardCharsets.ISO_8859_1)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void schedYield() {
        try {
            int ignored = (int) schedYield.handle().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long alarm(int seconds) {
        try {
            return Integer.toUnsignedLong((int) alarm.handle().invokeExact(seconds));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public double[] itimer(int which, boolean set, double seconds, double interval) {
        // struct itimerval: it_interval then it_value, each a timeval of two longs (x86-64, arm64)
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment old = arena.allocate(32, 8);
            int r;
            if (set) {
                MemorySegment value = arena.allocate(32, 8);
                putTimeval(value, 0, interval);
                putTimeval(value, 16, seconds);
                r = (int) setitimer.handle().invokeExact(state, which, value, old);
            } else {
                r = (int) getitimer.handle().invokeExact(state, which, old);
            }
            if (r != 0) {
                return new double[] {errno(state), 0, 0};
            }
            return new double[] {0, timeval(old, 16), timeval(old, 0)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void putTimeval(MemorySegment s, long at, double seconds) {
        long whole = (long) Math.floor(seconds);
        long micros = (long) Math.ceil((seconds - whole) * 1e6); // CPython rounds up: a timer never ends early
        if (micros >= 1_000_000) {
            whole++;
            micros -= 1_000_000;
        }
        s.set(JAVA_LONG, at, whole);
        s.set(JAVA_LONG, at + 8, micros);
    }

    private static double timeval(MemorySegment s, long at) {
        return s.get(JAVA_LONG, at) + s.get(JAVA_LONG, at + 8) / 1e6;
    }

    @Override
    public boolean knowsStat() {
        return X86_64;
    }

    @Override
    public long[] stat(String path, boolean follow) {
        if (!X86_64) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            return fstatat(arena, AT_FDCWD, cString(arena, path), follow ? 0 : AT_SYMLINK_NOFOLLOW);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] fstat(int fd) {
        if (!X86_64) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            return fstatat(arena, fd, cString(arena, ""), AT_EMPTY_PATH);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private long[] fstatat(Arena arena, int dirFd, MemorySegment path, int flags) throws Throwable {
        MemorySegment state = arena.allocate(STATE);
        MemorySegment buf = arena.allocate(256, 8);
        int r = (int) fstatat.handle().invokeExact(state, dirFd, path, buf, flags);
        if (r != 0) {
            return new long[] {errno(state)};
        }
        return new long[] {
            buf.get(JAVA_LONG, 0), buf.get(JAVA_LONG, 8), Integer.toUnsignedLong(buf.get(JAVA_INT, 24)),
            buf.get(JAVA_LONG, 16), Integer.toUnsignedLong(buf.get(JAVA_INT, 28)),
            Integer.toUnsignedLong(buf.get(JAVA_INT, 32)), buf.get(JAVA_LONG, 40), buf.get(JAVA_LONG, 48),
            buf.get(JAVA_LONG, 56), buf.get(JAVA_LONG, 64),
            buf.get(JAVA_LONG, 72), buf.get(JAVA_LONG, 80), buf.get(JAVA_LONG, 88), buf.get(JAVA_LONG, 96),
            buf.get(JAVA_LONG, 104), buf.get(JAVA_LONG, 112)};
    }

    @Override
    public String statPacked(String path, boolean follow) {
        long[] values = stat(path, follow);
        if (values == null) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return new String(b.array(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public long[] sysconf(int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            clearErrno();
            long r = (long) sysconf.handle().invokeExact(state, name);
            return new long[] {r, r == -1 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] pathconf(String path, int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment cPath = cString(arena, path);
            clearErrno();
            long r = (long) pathconf.handle().invokeExact(state, cPath, name);
            return new long[] {r, r == -1 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] confstr(int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            long size = 256;
            while (true) {
                MemorySegment buf = arena.allocate(size);
                clearErrno();
                long n = (long) confstr.handle().invokeExact(state, name, buf, size);
                if (n == 0) {
                    return new String[] {String.valueOf(errno(state)), null};
                }
                if (n <= size) {
                    byte[] bytes = buf.asSlice(0, n - 1).toArray(ValueLayout.JAVA_BYTE);
                    return new String[] {"0", new String(bytes, StandardCharsets.ISO_8859_1)};
                }
                size = n;
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
    @Override
    public long[] dup(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) dup.handle().invokeExact(state, fd);
            return new long[] {r, r < 0 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int dup2(int fd, int fd2) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) dup2.handle().invokeExact(state, fd, fd2);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public boolean isatty(int fd) {
        try {
            return (int) isatty.handle().invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] ttyname(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            long size = 4096;
            MemorySegment buf = arena.allocate(size);
            int r = (int) ttyname.handle().invokeExact(fd, buf, size);  // answers the errno itself
            if (r != 0) {
                return new String[] {String.valueOf(r), null};
            }
            return new String[] {"0", buf.getString(0, StandardCharsets.ISO_8859_1)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String ctermid() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(4096);
            MemorySegment r = (MemorySegment) ctermid.handle().invokeExact(buf);
            return buf.getString(0, StandardCharsets.ISO_8859_1);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] tcgetpgrp(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) tcgetpgrp.handle().invokeExact(state, fd);
            return new long[] {r, r < 0 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int tcsetpgrp(int fd, int pgid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) tcsetpgrp.handle().invokeExact(state, fd, pgid);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int fchmod(int fd, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) fchmod.handle().invokeExact(state, fd, mode);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int fchown(int fd, int uid, int gid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) fchown.handle().invokeExact(state, fd, uid, gid);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] fstatvfs(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = arena.allocate(STATVFS_SIZE, 8);
            int r = (int) fstatvfs.handle().invokeExact(state, fd, buf);
            return r != 0 ? new long[] {errno(state)} : statvfsFields(buf);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] fpathconf(int fd, int name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            clearErrno();
            long r = (long) fpathconf.handle().invokeExact(state, fd, name);
            return new long[] {r, r == -1 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] openpty() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int master = (int) posixOpenpt.handle().invokeExact(state, O_RDWR_NOCTTY);
            if (master < 0) {
                return new long[] {-1, -1, errno(state)};
            }
            int err = 0;
            if ((int) grantpt.handle().invokeExact(state, master) < 0 || (int) unlockpt.handle().invokeExact(state, master) < 0) {
                err = errno(state);
            }
            MemorySegment name = arena.allocate(4096);
            if (err == 0) {
                err = (int) ptsname.handle().invokeExact(master, name, 4096L);
            }
            int slave = -1;
            if (err == 0) {
                slave = (int) open.handle().invokeExact(state, name, O_RDWR_NOCTTY);
                err = slave < 0 ? errno(state) : 0;
            }
            if (err != 0) {
                int ignored = (int) close.handle().invokeExact(state, master);
                return new long[] {-1, -1, err};
            }
            return new long[] {master, slave, 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] unlockpt(int master) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            if ((int) grantpt.handle().invokeExact(state, master) < 0 || (int) unlockpt.handle().invokeExact(state, master) < 0) {
                return new String[] {String.valueOf(errno(state)), null};
            }
            MemorySegment name = arena.allocate(4096);
            int err = (int) ptsname.handle().invokeExact(master, name, 4096L); // answers the errno itself
            if (err != 0) {
                return new String[] {String.valueOf(err), null};
            }
            return new String[] {"0", name.getString(0, StandardCharsets.ISO_8859_1)};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) close.handle().invokeExact(state, fd);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private final java.util.Map<String, LazyDowncall> idCalls = new java.util.concurrent.ConcurrentHashMap<>();
    private final LazyDowncall setgroups = fn("setgroups", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS), ERRNO_OPT);
    private final LazyDowncall initgroups = fn("initgroups", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private static final java.util.Set<String> ID_CALLS = java.util.Set.of("setuid", "setgid", "seteuid", "setegid",
            "setreuid", "setregid", "setresuid", "setresgid");

    @Override
    public int setIds(String call, long[] ids) {
        if (!ID_CALLS.contains(call)) {
            throw new IllegalArgumentException(call);
        }
        LazyDowncall f = idCalls.computeIfAbsent(call, name -> {
            var args = new java.lang.foreign.MemoryLayout[ids.length];
            java.util.Arrays.fill(args, JAVA_INT);
            return fn(name, FunctionDescriptor.of(JAVA_INT, args), ERRNO_OPT);
        });
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            Object[] args = new Object[ids.length + 1];
            args[0] = state;
            for (int i = 0; i < ids.length; i++) {
                args[i + 1] = (int) ids[i];
            }
            int r = (int) f.handle().invokeWithArguments(args);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int setgroups(long[] groups) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, groups.length));
            for (int i = 0; i < groups.length; i++) {
                list.setAtIndex(JAVA_INT, i, (int) groups[i]);
            }
            int r = (int) setgroups.handle().invokeExact(state, (long) groups.length, list);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int initgroups(String user, long group) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) initgroups.handle().invokeExact(state, cString(arena, user), (int) group);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] accessMode(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) fcntl.handle().invokeExact(state, fd, F_GETFL);
            return new long[] {r, r < 0 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
