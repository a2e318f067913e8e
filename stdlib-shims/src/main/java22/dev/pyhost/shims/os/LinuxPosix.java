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
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@link Posix} on Linux/glibc through the foreign function API. Children are started with
 * {@code posix_spawn} (glibc uses {@code clone(CLONE_VFORK)}, safe in a multi-threaded JVM, and
 * reports exec failures with their errno) and reaped here with {@code waitpid}; the JDK's own
 * reaper only waits for children it started, so it never takes these statuses.
 */
final class LinuxPosix implements Posix {
    private static final int O_CLOEXEC = 02000000;
    private static final int F_SETPIPE_SZ = 1031;
    private static final int EINTR = 4;
    private static final short POSIX_SPAWN_SETPGROUP = 0x02;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int SIGPIPE = 13;
    private static final int SIGXFSZ = 25;
    /** Larger than glibc's posix_spawn_file_actions_t (80), posix_spawnattr_t (336), sigset_t (128). */
    private static final long OPAQUE = 1024;


    private final LazyDowncall posixSpawn = fn("posix_spawn",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private final LazyDowncall faInit = fn("posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall faDestroy = fn("posix_spawn_file_actions_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall faDup2 = fn("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private final LazyDowncall faChdir = fn("posix_spawn_file_actions_addchdir_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private final LazyDowncall faClose = fn("posix_spawn_file_actions_addclose",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final LazyDowncall faClosefrom = fn("posix_spawn_file_actions_addclosefrom_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final LazyDowncall attrInit = fn("posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall attrDestroy = fn("posix_spawnattr_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall attrFlags = fn("posix_spawnattr_setflags", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
    private final LazyDowncall attrPgroup = fn("posix_spawnattr_setpgroup", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final LazyDowncall attrSigmask = fn("posix_spawnattr_setsigmask", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private final LazyDowncall attrSigdefault = fn("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private final LazyDowncall sigemptyset = fn("sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall sigaddset = fn("sigaddset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final LazyDowncall pipe2 = fn("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall wait4 = fn("wait4", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS),
            ERRNO_OPT);
    private static final int WNOHANG = 1;
    private final LazyDowncall waitid = fn("waitid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
            ERRNO_OPT);
    private static final int P_PID = 1;
    private static final int WEXITED = 4;
    private static final int WNOWAIT = 0x01000000;
    /** Larger than siginfo_t (128 bytes). */
    private static final long SIGINFO_SIZE = 256;
    private final LazyDowncall syscall2 = fn("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(1));
    private static final long SYS_PIDFD_OPEN = 434; // x86-64 and aarch64 alike
    /** struct rusage on LP64 Linux: two struct timevals, then 14 longs. */
    private static final int RUSAGE_LONGS = 18;
    private final LazyDowncall read = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO_OPT);
    private final LazyDowncall write = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO_OPT);
    private final LazyDowncall close = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private final LazyDowncall kill = fn("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall open = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), ERRNO_OPT,
            Linker.Option.firstVariadicArg(2));
    private final LazyDowncall fchownat = fn("fchownat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private final LazyDowncall linkat = fn("linkat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private static final int AT_SYMLINK_FOLLOW = 0x400;
    private final LazyDowncall mkdir = fn("mkdir", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall rename = fn("rename", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall utimensat = fn("utimensat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall times = fn("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS), ERRNO_OPT);
    private final LazyDowncall sysconf = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    private final LazyDowncall getloadavg = fn("getloadavg", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final int SC_CLK_TCK = 2;
    private final LazyDowncall readlink = fn("readlink",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG), ERRNO_OPT);
    private final LazyDowncall getsid = fn("getsid", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall getpgid = fn("getpgid", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall lseek = fn("lseek", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT), ERRNO_OPT);
    private final LazyDowncall fcntl = fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private final LazyDowncall strerror = fn("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private final LazyDowncall ioctl = fn("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private final LazyDowncall umask = fn("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private final LazyDowncall sigaction = fn("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    /** Larger than glibc's struct sigaction (152 bytes on x86-64); its first member is the handler. */
    private static final long SIGACTION_SIZE = 512;
    /**
     * posix_spawn cannot set a child's umask or make it ignore a signal, so such a child starts
     * while the process has that mask and those signals ignored: the spawns that borrow process
     * state hold this lock alone, the others share it (they would inherit what is borrowed). The
     * JVM's own file creation and signals in that instant are not covered.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock spawnStateLock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final LazyDowncall poll = fn("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), ERRNO_OPT);
    /** Linux's request for {@code struct winsize {unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel;}}. */
    private static final long TIOCGWINSZ = 0x5413;

    private static MemorySegment cArray(Arena arena, String[] items) {
        MemorySegment a = arena.allocate(ADDRESS, items.length + 1L);
        for (int i = 0; i < items.length; i++) {
            a.setAtIndex(ADDRESS, i, cString(arena, items[i]));
        }
        a.setAtIndex(ADDRESS, items.length, MemorySegment.NULL);
        return a;
    }

    private PosixException error(int errno) {
        return new PosixException(errno, strerror(errno));
    }

    @Override
    public long spawn(String path, String[] argv, String[] envp, String cwd, int[] fds, ChildSetup setup)
            throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(OPAQUE, 16);
            MemorySegment attr = arena.allocate(OPAQUE, 16);
            MemorySegment sigs = arena.allocate(OPAQUE, 16);
            MemorySegment pid = arena.allocate(JAVA_INT);
            int rc = (int) faInit.handle().invokeExact(actions);
            if (rc != 0) {
                throw error(rc);
            }
            rc = (int) attrInit.handle().invokeExact(attr);
            if (rc != 0) {
                int ignored = (int) faDestroy.handle().invokeExact(actions);
                throw error(rc);
            }
            try {
                if (cwd != null) {
                    check((int) faChdir.handle().invokeExact(actions, cString(arena, cwd)));
                }
                wireStandardFds(actions, fds, setup);
                closeAllBut(actions, setup);
                // as CPython's restore_signals: what this process ignores, the child does not
                check((int) sigemptyset.handle().invokeExact(sigs));
                check((int) attrSigmask.handle().invokeExact(attr, sigs));
                if (setup.restoreSignals()) {
                    check((int) sigaddset.handle().invokeExact(sigs, SIGPIPE));
                    check((int) sigaddset.handle().invokeExact(sigs, SIGXFSZ));
                }
                check((int) attrSigdefault.handle().invokeExact(attr, sigs));
                int flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
                if (setup.newSession()) {
                    flags |= POSIX_SPAWN_SETSID;
                }
                if (setup.processGroup() >= 0) {
                    flags |= POSIX_SPAWN_SETPGROUP;
                    check((int) attrPgroup.handle().invokeExact(attr, setup.processGroup()));
                }
                check((int) attrFlags.handle().invokeExact(attr, (short) flags));
                MemorySegment cPath = cString(arena, path);
                MemorySegment cArgv = cArray(arena, argv);
                MemorySegment cEnvp = cArray(arena, envp);
                boolean borrows = setup.umask() >= 0 || setup.ignored().length > 0;
                var lock = borrows ? spawnStateLock.writeLock() : spawnStateLock.readLock();
                lock.lock();
                try {
                    int before = setup.umask() >= 0 ? (int) umask.handle().invokeExact(setup.umask() & 0777) : -1;
                    MemorySegment[] handlers = ignoreForChild(arena, setup.ignored());
                    try {
                        rc = (int) posixSpawn.handle().invokeExact(pid, cPath, actions, attr, cArgv, cEnvp);
                    } finally {
                        for (int i = 0; i < handlers.length; i++) {
                            int ignored = (int) sigaction.handle().invokeExact(setup.ignored()[i], handlers[i], MemorySegment.NULL);
                        }
                        if (before >= 0) {
                            int ignored = (int) umask.handle().invokeExact(before);
                        }
                    }
                } finally {
                    lock.unlock();
                }
                if (rc != 0) {
                    throw error(rc);
                }
                return pid.get(JAVA_INT, 0);
            } finally {
                int ignored = (int) faDestroy.handle().invokeExact(actions);
                ignored = (int) attrDestroy.handle().invokeExact(attr);
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Sets each signal to SIG_IGN for the instant of the spawn (a child inherits an ignored
     * signal, while a caught one becomes default); returns the actions to put back.
     */
    private MemorySegment[] ignoreForChild(Arena arena, int[] signals) throws Throwable {
        MemorySegment[] old = new MemorySegment[signals.length];
        MemorySegment ignore = arena.allocate(SIGACTION_SIZE, 8);
        ignore.set(ADDRESS, 0, MemorySegment.ofAddress(1)); // SIG_IGN; empty mask, no flags
        for (int i = 0; i < signals.length; i++) {
            old[i] = arena.allocate(SIGACTION_SIZE, 8);
            int rc = (int) sigaction.handle().invokeExact(signals[i], ignore, old[i]);
            if (rc != 0) {
                for (int j = 0; j < i; j++) {
                    int ignored = (int) sigaction.handle().invokeExact(signals[j], old[j], MemorySegment.NULL);
                }
                throw new PosixException(22, strerror(22));
            }
        }
        return old;
    }

    /**
     * Puts each of {@code fds} at its index (0-2). When one comes from a descriptor under 3 that
     * is not its own number (stdout=2, stderr=1: the streams swapped), all go first to spare
     * numbers above every descriptor involved, as CPython's child does, so that no dup2 overwrites
     * another's source; {@link #closeAllBut} closes the spares.
     */
    private void wireStandardFds(MemorySegment actions, int[] fds, ChildSetup setup) throws Throwable {
        boolean crossed = false;
        int top = 2;
        for (int target = 0; target < fds.length; target++) {
            crossed |= fds[target] != target && fds[target] < 3;
            top = Math.max(top, fds[target]);
        }
        if (!crossed) {
            for (int target = 0; target < fds.length; target++) {
                check((int) faDup2.handle().invokeExact(actions, fds[target], target));
            }
            return;
        }
        for (int fd : setup.passFrom()) {
            top = Math.max(top, fd);
        }
        for (int fd : setup.passTo()) {
            top = Math.max(top, fd);
        }
        int spare = top + 1;
        for (int target = 0; target < fds.length; target++) {
            check((int) faDup2.handle().invokeExact(actions, fds[target], spare + target));
        }
        for (int target = 0; target < fds.length; target++) {
            check((int) faDup2.handle().invokeExact(actions, spare + target, target));
        }
    }

    /**
     * After descriptors 0-2 are in place: each passed descriptor goes to its number through a
     * spare one above every number involved (so that one passed descriptor's source is never
     * overwritten by another's target), the copies lose close-on-exec as every dup2 to another
     * number does, and every other descriptor from 3 on is closed (the spares too).
     */
    private void closeAllBut(MemorySegment actions, ChildSetup setup) throws Throwable {
        int[] from = setup.passFrom();
        int[] to = setup.passTo();
        int top = 2;
        for (int i = 0; i < from.length; i++) {
            top = Math.max(top, Math.max(from[i], to[i]));
        }
        int spare = top + 1;
        for (int i = 0; i < from.length; i++) {
            check((int) faDup2.handle().invokeExact(actions, from[i], spare + i));
        }
        java.util.BitSet kept = new java.util.BitSet();
        for (int i = 0; i < from.length; i++) {
            check((int) faDup2.handle().invokeExact(actions, spare + i, to[i]));
            kept.set(to[i]);
        }
        int highest = to.length == 0 ? 2 : java.util.Arrays.stream(to).max().getAsInt();
        for (int fd = 3; fd <= highest; fd++) {
            if (!kept.get(fd)) {
                check((int) faClose.handle().invokeExact(actions, fd)); // one that is not open is no error
            }
        }
        check((int) faClosefrom.handle().invokeExact(actions, Math.max(3, highest + 1)));
    }

    private void check(int rc) throws PosixException {
        if (rc != 0) {
            throw error(rc);
        }
    }

    @Override
    public int[] pipe() throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            MemorySegment state = arena.allocate(STATE);
            int rc = (int) pipe2.handle().invokeExact(state, fds, O_CLOEXEC);
            if (rc != 0) {
                throw error(errno(state));
            }
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int waitpid(long pid) throws PosixException {
        return wait4(pid, null);
    }

    @Override
    public int wait4(long pid, long[] usage) throws PosixException {
        return wait4(pid, usage, 0);
    }

    @Override
    public int wait4NoHang(long pid, long[] usage) throws PosixException {
        return wait4(pid, usage, WNOHANG);
    }

    @Override
    public void awaitExit(long pid) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(SIGINFO_SIZE, 8);
            MemorySegment state = arena.allocate(STATE);
            while ((int) waitid.handle().invokeExact(state, P_PID, (int) pid, info, WEXITED | WNOWAIT) != 0) {
                int e = errno(state);
                if (e != EINTR) {
                    throw error(e);
                }
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int pidfd(long pid) {
        try {
            return (int) (long) syscall2.handle().invokeExact(SYS_PIDFD_OPEN, (int) pid, 0);
        } catch (Throwable t) {
            return -1;
        }
    }

    private int wait4(long pid, long[] usage, int options) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(JAVA_INT);
            MemorySegment state = arena.allocate(STATE);
            MemorySegment rusage = usage == null ? MemorySegment.NULL : arena.allocate(JAVA_LONG, RUSAGE_LONGS);
            while (true) {
                int rc = (int) wait4.handle().invokeExact(state, (int) pid, status, options, rusage);
                if (rc == 0 && (options & WNOHANG) != 0) {
                    return -1;
                }
                if (rc >= 0) {
                    if (usage != null) {
                        MemorySegment.copy(rusage, JAVA_LONG, 0, usage, 0, Math.min(usage.length, RUSAGE_LONGS));
                    }
                    return status.get(JAVA_INT, 0);
                }
                int e = errno(state);
                if (e != EINTR) {
                    throw error(e);
                }
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** One native buffer per thread for read and write. */
    private static final ThreadLocal<MemorySegment[]> BUFFERS = ThreadLocal.withInitial(() -> new MemorySegment[1]);

    private static MemorySegment buffer(int len) {
        MemorySegment[] holder = BUFFERS.get();
        if (holder[0] == null || holder[0].byteSize() < len) {
            holder[0] = Arena.ofAuto().allocate(Math.max(len, 65536));
        }
        return holder[0];
    }

    private static final ThreadLocal<MemorySegment> STATES = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));

    @Override
    public int read(int fd, byte[] buf, int off, int len) throws PosixException {
        MemorySegment native_ = buffer(len);
        MemorySegment state = STATES.get();
        try {
            while (true) {
                long n = (long) read.handle().invokeExact(state, fd, native_, (long) len);
                if (n >= 0) {
                    MemorySegment.copy(native_, ValueLayout.JAVA_BYTE, 0, buf, off, (int) n);
                    return (int) n;
                }
                int e = errno(state);
                if (e != EINTR) {
                    throw error(e);
                }
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) throws PosixException {
        MemorySegment native_ = buffer(len);
        MemorySegment state = STATES.get();
        MemorySegment.copy(buf, off, native_, ValueLayout.JAVA_BYTE, 0, len);
        try {
            while (true) {
                long n = (long) write.handle().invokeExact(state, fd, native_, (long) len);
                if (n >= 0) {
                    return (int) n;
                }
                int e = errno(state);
                if (e != EINTR) {
                    throw error(e);
                }
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void close(int fd) {
        try {
            int ignored = (int) close.handle().invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void kill(long pid, int signal) throws PosixException {
        MemorySegment state = STATES.get();
        try {
            int rc = (int) kill.handle().invokeExact(state, (int) pid, signal);
            if (rc != 0) {
                throw error(errno(state));
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int open(String path, int flags, int mode) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int fd = (int) open.handle().invokeExact(state, cString(arena, path), flags | O_CLOEXEC, mode);
            if (fd < 0) {
                throw error(errno(state));
            }
            return fd;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void chown(String path, int uid, int gid, boolean followSymlinks) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int rc = (int) fchownat.handle().invokeExact(state, AT_FDCWD, cString(arena, path), uid, gid,
                    followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW);
            if (rc != 0) {
                throw error(errno(state));
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Runs a call that answers 0 or -1 with errno; throws on -1. */
    private interface ErrnoCall {
        int call(Arena arena, MemorySegment state) throws Throwable;
    }

    private void run(ErrnoCall call) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            if (call.call(arena, state) != 0) {
                throw error(errno(state));
            }
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void link(String existing, String link, boolean followSymlinks) throws PosixException {
        run((arena, state) -> (int) linkat.handle().invokeExact(state, AT_FDCWD, cString(arena, existing), AT_FDCWD,
                cString(arena, link), followSymlinks ? AT_SYMLINK_FOLLOW : 0));
    }

    @Override
    public void mkdir(String path, int mode) throws PosixException {
        run((arena, state) -> (int) mkdir.handle().invokeExact(state, cString(arena, path), mode));
    }

    @Override
    public void rename(String from, String to) throws PosixException {
        run((arena, state) -> (int) rename.handle().invokeExact(state, cString(arena, from), cString(arena, to)));
    }

    @Override
    public void utime(String path, long[] nanos, boolean followSymlinks) throws PosixException {
        run((arena, state) -> {
            MemorySegment spec = MemorySegment.NULL;
            if (nanos != null) {
                spec = arena.allocate(JAVA_LONG, 4);
                for (int i = 0; i < 2; i++) {
                    spec.setAtIndex(JAVA_LONG, 2L * i, Math.floorDiv(nanos[i], 1_000_000_000L));
                    spec.setAtIndex(JAVA_LONG, 2L * i + 1, Math.floorMod(nanos[i], 1_000_000_000L));
                }
            }
            return (int) utimensat.handle().invokeExact(state, AT_FDCWD, cString(arena, path), spec,
                    followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW);
        });
    }

    @Override
    public String readlink(String path) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = arena.allocate(4096);
            long n = (long) readlink.handle().invokeExact(state, cString(arena, path), buf, 4096L);
            if (n < 0) {
                throw error(errno(state));
            }
            byte[] bytes = buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public double[] times() throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment tms = arena.allocate(JAVA_LONG, 4);
            long elapsed = (long) times.handle().invokeExact(state, tms);
            if (elapsed == -1) {
                throw error(errno(state));
            }
            double tick = (long) sysconf.handle().invokeExact(SC_CLK_TCK);
            return new double[] {tms.getAtIndex(JAVA_LONG, 0) / tick, tms.getAtIndex(JAVA_LONG, 1) / tick,
                    tms.getAtIndex(JAVA_LONG, 2) / tick, tms.getAtIndex(JAVA_LONG, 3) / tick, elapsed / tick};
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public double[] loadavg() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_DOUBLE, 3);
            int n = (int) getloadavg.handle().invokeExact(out, 3);
            return n == 3 ? out.toArray(JAVA_DOUBLE) : null;
        } catch (Throwable t) {
            return null;
        }
    }

    @Override
    public long lseek(int fd, long offset, int whence) throws PosixException {
        MemorySegment state = STATES.get();
        try {
            long r = (long) lseek.handle().invokeExact(state, fd, offset, whence);
            if (r < 0) {
                throw error(errno(state));
            }
            return r;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long getsid(long pid) throws PosixException {
        return processQuery(getsid, pid);
    }

    @Override
    public long getpgid(long pid) throws PosixException {
        return processQuery(getpgid, pid);
    }

    /** A call that takes a pid and answers an id, or -1 with errno. */
    private long processQuery(LazyDowncall call, long pid) throws PosixException {
        MemorySegment state = STATES.get();
        try {
            int r = (int) call.handle().invokeExact(state, (int) pid);
            if (r < 0) {
                throw error(errno(state));
            }
            return r;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) strerror.handle().invokeExact(errno);
            return s.reinterpret(4096).getString(0, StandardCharsets.UTF_8);
        } catch (Throwable t) {
            return "Unknown error " + errno;
        }
    }

    @Override
    public short[] poll(int[] fds, short[] events, int timeoutMillis) throws PosixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(8L * Math.max(1, fds.length)); // struct pollfd {int; short; short}
            for (int i = 0; i < fds.length; i++) {
                set.set(JAVA_INT, 8L * i, fds[i]);
                set.set(JAVA_SHORT, 8L * i + 4, events[i]);
            }
            MemorySegment state = arena.allocate(STATE);
            int rc = (int) poll.handle().invokeExact(state, set, (long) fds.length, timeoutMillis);
            if (rc < 0) {
                throw error(errno(state));
            }
            short[] revents = new short[fds.length];
            for (int i = 0; i < fds.length; i++) {
                revents[i] = set.get(JAVA_SHORT, 8L * i + 6);
            }
            return revents;
        } catch (PosixException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private final LazyDowncall execve = fn("execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), ERRNO_OPT);
    private final LazyDowncall chdir = fn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS), ERRNO_OPT);
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    @Override
    public int execve(String path, String[] argv, String[] envp, String cwd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment cPath = cString(arena, path);
            MemorySegment cArgv = cArray(arena, argv);
            MemorySegment cEnvp = cArray(arena, envp);
            if (cwd != null && (int) chdir.handle().invokeExact(state, cString(arena, cwd)) != 0) {
                return errno(state);
            }
            try (java.nio.file.DirectoryStream<java.nio.file.Path> open =
                    java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/fd"))) {
                for (java.nio.file.Path entry : open) {
                    int fd = Integer.parseInt(entry.getFileName().toString());
                    if (fd > 2) {
                        int ignored = (int) fcntl.handle().invokeExact(fd, F_SETFD, FD_CLOEXEC);
                    }
                }
            }
            int r = (int) execve.handle().invokeExact(state, cPath, cArgv, cEnvp);
            return r == 0 ? 0 : errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int[] windowSize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(8);
            int rc = (int) ioctl.handle().invokeExact(fd, TIOCGWINSZ, ws);
            if (rc != 0) {
                return null;
            }
            return new int[] {Short.toUnsignedInt(ws.get(JAVA_SHORT, 2)), Short.toUnsignedInt(ws.get(JAVA_SHORT, 0))};
        } catch (Throwable t) {
            return null;
        }
    }

    @Override
    public void growPipe(int fd, int bytes) {
        try {
            int ignored = (int) fcntl.handle().invokeExact(fd, F_SETPIPE_SZ, bytes);
        } catch (Throwable t) {
            // best effort
        }
    }
}
