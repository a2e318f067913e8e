package dev.pyhost.shims.os;

/**
 * System calls behind {@code os} functions that one engine or the other lacks (priorities,
 * special files, file system statistics, process groups, group lists). Each answers its result
 * with the C {@code errno} as a value, never thrown, so glue on either engine checks them alike.
 * Paths carry bytes, one char each (ISO-8859-1).
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxSystemCalls}); {@link #get()}
 * is null where that is not available.
 */
public interface SystemCalls {
    /** This platform's implementation, or null. */
    static SystemCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * {@code sysconf(3)}: {value, 0}, or {-1, errno} when it failed; -1 with errno 0 is "no
     * limit", as C callers tell them apart.
     */
    long[] sysconf(int name);

    /** {@code pathconf(3)} of a path: {value, errno} as {@link #sysconf}. */
    long[] pathconf(String path, int name);

    /** {@code confstr(3)}: {errno as text, value}; the value null when the name has none. */
    String[] confstr(int name);

    /** {@code getpriority(2)}: {value, errno}. */
    long[] getpriority(int which, int who);

    /** {@code setpriority(2)}: 0 or errno. */
    int setpriority(int which, int who, int prio);

    /** {@code nice(3)}: {new niceness, errno}. */
    long[] nice(int increment);

    /** {@code mknod(2)}: 0 or errno. */
    int mknod(String path, int mode, long device);

    /** {@code mkfifo(3)}: 0 or errno. */
    int mkfifo(String path, int mode);

    /** {@code sync(2)}. */
    void sync();

    /** {@code abort(3)}: the process ends with SIGABRT (a core dump where the limits allow one). */
    void abort();

    /**
     * {@code statvfs(3)}: f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
     * f_favail, f_flag, f_namemax, f_fsid; or one value, the errno, when it failed.
     */
    long[] statvfs(String path);

    /** {@code getgrouplist(3)}: the user's groups, {@code group} included. */
    long[] getgrouplist(String user, int group);

    /** {@code getgroups(2)}: the supplementary groups of this process. */
    long[] getgroups();

    /** {@code setpgid(2)}: 0 or errno. */
    int setpgid(int pid, int pgid);

    /** {@code killpg(3)}: 0 or errno. */
    int killpg(int pgid, int signal);

    /** {@code setsid(2)}: {session id, errno}. */
    long[] setsid();

    /** {@code getlogin(3)}: {errno as text, name (bytes, one char each) or null}. */
    String[] getlogin();

    /** {@code sched_yield(2)}. */
    void schedYield();

    /** {@code alarm(2)}: the seconds that were left of the previous alarm (unsigned), 0 if none. */
    long alarm(int seconds);

    /**
     * {@code setitimer(2)}: {errno, the previous timer's value, its interval} (seconds), or with
     * {@code set} false {@code getitimer(2)}'s {errno, value, interval}.
     */
    double[] itimer(int which, boolean set, double seconds, double interval);

    /**
     * {@code stat(2)} ({@code lstat} without {@code follow}): st_dev, st_ino, st_mode, st_nlink,
     * st_uid, st_gid, st_rdev, st_size, st_blksize, st_blocks, then seconds and nanoseconds of
     * st_atim, st_mtim, st_ctim; one value, the errno, when it failed; null where this machine's
     * struct stat is not known.
     */
    long[] stat(String path, boolean follow);

    /** {@code fstat(2)} of a descriptor: as {@link #stat}. */
    long[] fstat(int fd);

    /** Whether {@link #stat} can answer here (this machine's struct stat is known), without a call. */
    boolean knowsStat();

    /**
     * {@link #stat} as 16 little-endian 64-bit integers, one char per byte (ISO-8859-1), which an
     * engine unpacks in one call; 8 bytes (the errno) when it failed; null where unknown.
     */
    String statPacked(String path, boolean follow);

    /** {@code dup(2)}: {new descriptor, errno}. */
    long[] dup(int fd);

    /** {@code dup2(2)}: 0 or errno. */
    int dup2(int fd, int fd2);

    /** {@code isatty(3)}: whether the descriptor is a terminal (false for a bad one, as C's). */
    boolean isatty(int fd);

    /** {@code ttyname_r(3)}: {errno as text, name (bytes, one char each) or null}. */
    String[] ttyname(int fd);

    /** {@code ctermid(3)}: the controlling terminal's name (bytes, one char each). */
    String ctermid();

    /** {@code tcgetpgrp(3)}: {process group, errno}. */
    long[] tcgetpgrp(int fd);

    /** {@code tcsetpgrp(3)}: 0 or errno. */
    int tcsetpgrp(int fd, int pgid);

    /** {@code fchmod(2)}: 0 or errno. */
    int fchmod(int fd, int mode);

    /** {@code fchown(2)}: 0 or errno; -1 leaves an id as it is. */
    int fchown(int fd, int uid, int gid);

    /** {@code fstatvfs(3)}: as {@link #statvfs}. */
    long[] fstatvfs(int fd);

    /** {@code fpathconf(3)}: {value, errno} as {@link #sysconf}. */
    long[] fpathconf(int fd, int name);

    /**
     * {@code openpty(3)} as glibc's: a new pseudo-terminal, both ends opened read-write without
     * becoming the controlling terminal: {master, slave, errno}.
     */
    long[] openpty();

    /**
     * {@code grantpt(3)}, {@code unlockpt(3)} and {@code ptsname_r(3)} on an open
     * pseudo-terminal master: {errno as text, the slave's path (bytes, one char each) or null}.
     */
    String[] unlockpt(int master);

    /** {@code close(2)}: 0 or errno. */
    int close(int fd);

    /**
     * One of the calls that change the process's ids ({@code setuid}, {@code seteuid},
     * {@code setreuid}, {@code setresuid} and their group forms), named, with its ids: 0 or errno.
     */
    int setIds(String call, long[] ids);

    /** {@code setgroups(2)}: 0 or errno. */
    int setgroups(long[] groups);

    /** {@code initgroups(3)}: 0 or errno. */
    int initgroups(String user, long group);

    /** {@code fcntl(fd, F_GETFL)}: {flags, errno}. */
    long[] accessMode(int fd);

    final class Holder {
        static final SystemCalls INSTANCE = load();

        private Holder() {
        }

        private static SystemCalls load() {
            return LinuxCalls.load(SystemCalls.class, "LinuxSystemCalls");
        }
    }
}
