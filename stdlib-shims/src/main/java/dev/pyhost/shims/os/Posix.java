package dev.pyhost.shims.os;

/**
 * The few POSIX calls the process shims need and the JDK does not offer: spawning a child whose
 * wait status this process reaps itself (so a death by signal N reads as N, not as exit code
 * 128 + N), pipes with real file descriptors, {@code kill} on any pid. Failures come back as
 * {@link PosixException} carrying the C {@code errno}.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxPosix}, compiled
 * separately for release 22); {@link #get()} is null where that is not available.
 */
public interface Posix {
    int O_RDONLY = 0;
    int O_WRONLY = 1;
    int O_RDWR = 2;
    /** {@link #poll} events: data to read; the other end closed. */
    short POLLIN = 1;
    short POLLHUP = 0x10;
    int O_CREAT = 0100;
    int O_TRUNC = 01000;
    int O_APPEND = 02000;

    /** This platform's implementation, or null (not Linux, or a JDK without the FFM API). */
    static Posix get() {
        return Holder.INSTANCE;
    }

    /**
     * Starts {@code path} with {@code argv} and {@code envp} ("KEY=VALUE") in {@code cwd} (null:
     * this process's), its descriptors 0, 1 and 2 duplicated from {@code fds}, those
     * {@code setup} passes at their numbers, every other one closed, with {@code setup}'s umask
     * when it has one. Strings carry bytes, one char each (ISO-8859-1). Returns the pid.
     */
    long spawn(String path, String[] argv, String[] envp, String cwd, int[] fds, ChildSetup setup)
            throws PosixException;

    /** A pipe, both ends close-on-exec: {read, write}. */
    int[] pipe() throws PosixException;

    /** Blocks until the child ends and reaps it; returns its raw wait status. */
    int waitpid(long pid) throws PosixException;

    /**
     * {@link #waitpid}, also filling {@code usage} (when not null) with the child's
     * {@code struct rusage}: ru_utime and ru_stime as seconds and microseconds each, then the
     * 14 counters from ru_maxrss to ru_nivcsw.
     */
    int wait4(long pid, long[] usage) throws PosixException;

    /**
     * {@link #wait4} with {@code WNOHANG}: reaps the child only if it has ended; -1 when it has
     * not (a wait status is never negative).
     */
    int wait4NoHang(long pid, long[] usage) throws PosixException;

    /**
     * Blocks until the child has ended, leaving it to be reaped ({@code waitid} with
     * {@code WNOWAIT}); ECHILD when there is no such child (any longer).
     */
    void awaitExit(long pid) throws PosixException;

    /**
     * {@code pidfd_open(2)}: a descriptor that polls readable once the child has ended
     * (close-on-exec); -1 where the kernel has none.
     */
    int pidfd(long pid);

    /** {@code read(2)} into {@code buf}; 0 at end of file. */
    int read(int fd, byte[] buf, int off, int len) throws PosixException;

    /** {@code write(2)} from {@code buf}; returns how many bytes were written. */
    int write(int fd, byte[] buf, int off, int len) throws PosixException;

    void close(int fd);

    void kill(long pid, int signal) throws PosixException;

    /** {@code open(2)} with {@code O_CLOEXEC} added. */
    int open(String path, int flags, int mode) throws PosixException;

    /**
     * {@code fchownat(AT_FDCWD, ...)}: {@code chown(2)}, or {@code lchown(2)} when not following
     * symbolic links; -1 leaves an id as it is. The path is bytes, one char each (ISO-8859-1).
     */
    void chown(String path, int uid, int gid, boolean followSymlinks) throws PosixException;

    /** {@code linkat(AT_FDCWD, existing, AT_FDCWD, link, follow ? AT_SYMLINK_FOLLOW : 0)}. */
    void link(String existing, String link, boolean followSymlinks) throws PosixException;

    /** {@code mkdir(2)}: the mode less the process's umask. */
    void mkdir(String path, int mode) throws PosixException;

    /** {@code rename(2)}; the paths are bytes, one char each (ISO-8859-1). */
    void rename(String from, String to) throws PosixException;

    /**
     * {@code utimensat(AT_FDCWD, ...)}: access and modification times in nanoseconds since the
     * epoch; {@code times} null sets both to now.
     */
    void utime(String path, long[] times, boolean followSymlinks) throws PosixException;

    /** {@code times(2)} in seconds: {user, system, children's user, children's system, elapsed}. */
    double[] times() throws PosixException;

    /** {@code getloadavg(3)}: the 1, 5 and 15 minute load averages; null when unobtainable. */
    double[] loadavg();

    /** {@code readlink(2)}: the link's text, bytes one char each (ISO-8859-1). */
    String readlink(String path) throws PosixException;

    /** {@code getsid(2)}: the session of a process (0: this one). */
    long getsid(long pid) throws PosixException;

    /** {@code getpgid(2)}: the process group of a process (0: this one). */
    long getpgid(long pid) throws PosixException;

    /** {@code lseek(2)}; returns the new offset. */
    long lseek(int fd, long offset, int whence) throws PosixException;

    /** The C library's message for an errno, as {@code os.strerror} gives it. */
    String strerror(int errno);

    /**
     * {@code poll(2)}: waits up to {@code timeoutMillis} (negative: no limit) until one of
     * {@code fds} has one of its {@code events}; returns each one's {@code revents}.
     */
    short[] poll(int[] fds, short[] events, int timeoutMillis) throws PosixException;

    /** The size of the terminal on {@code fd} ({@code TIOCGWINSZ}): {columns, lines}; null when not a terminal. */
    int[] windowSize(int fd);

    /**
     * Replaces this process's program ({@code execve(2)}, with {@code cwd} made the working
     * directory first), every descriptor above 2 closed on the way, as CPython's descriptors are
     * not inherited. Returns only when it failed: the errno.
     */
    int execve(String path, String[] argv, String[] envp, String cwd);

    /** Grows a pipe's buffer (Linux {@code F_SETPIPE_SZ}); best effort. */
    void growPipe(int fd, int bytes);

    /** Loads the implementation once. */
    final class Holder {
        static final Posix INSTANCE = load();

        private Holder() {
        }

        private static Posix load() {
            return LinuxCalls.load(Posix.class, "LinuxPosix");
        }
    }
}
