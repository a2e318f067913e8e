package dev.pyhost.shims.subprocess;

import dev.pyhost.shims.os.Child;
import dev.pyhost.shims.os.ChildSetup;
import dev.pyhost.shims.os.Posix;
import dev.pyhost.shims.os.PosixException;
import dev.pyhost.shims.os.Processes;
import dev.pyhost.spi.ShimContext;

import java.util.List;

/**
 * The Java core of {@code subprocess}: starts children through the session's {@link Processes}
 * (shared with {@code os}, so {@code os.waitpid} and {@code os.kill} know them). Strings carry
 * bytes, one char each (ISO-8859-1), so arguments reach the child exactly as Python encoded them.
 */
public final class SubprocessCore {
    private final Processes processes;

    public SubprocessCore(ShimContext context) {
        this.processes = Processes.of(context);
        if (processes == null) {
            throw new UnsupportedOperationException(
                    "pyhost's subprocess needs Linux and a JDK 22 or newer (the foreign function API)");
        }
    }

    /**
     * Starts a child; see {@link Processes#spawn}. The result has an errno when it could not start.
     * {@code processGroup} negative: none; {@code passFrom} are the system's descriptors the child
     * keeps at the numbers {@code passTo} (Python's). {@code umask} negative: the session's.
     */
    public Child spawn(String executable, List<String> argv, List<String> envp, String path, String cwd,
                       List<Integer> modes, List<Integer> fds, boolean newSession, int processGroup,
                       List<Integer> passFrom, List<Integer> passTo, int umask) {
        return spawn(executable, argv, envp, path, cwd, modes, fds, newSession, processGroup, passFrom, passTo,
                umask, true);
    }

    /**
     * As {@link #spawn(String, List, List, String, String, List, List, boolean, int, List, List, int)},
     * with Popen's {@code restore_signals}: false leaves SIGPIPE and SIGXFSZ as the child inherits them.
     */
    public Child spawn(String executable, List<String> argv, List<String> envp, String path, String cwd,
                       List<Integer> modes, List<Integer> fds, boolean newSession, int processGroup,
                       List<Integer> passFrom, List<Integer> passTo, int umask, boolean restoreSignals) {
        return spawn(executable, argv, envp, path, cwd, modes, fds, newSession, processGroup, passFrom, passTo,
                umask, restoreSignals, -1);
    }

    /** As the one above, with Popen's {@code pipesize}: the size of the pipes to the child; not positive: pyhost's. */
    public Child spawn(String executable, List<String> argv, List<String> envp, String path, String cwd,
                       List<Integer> modes, List<Integer> fds, boolean newSession, int processGroup,
                       List<Integer> passFrom, List<Integer> passTo, int umask, boolean restoreSignals,
                       int pipeSize) {
        ChildSetup setup = new ChildSetup(newSession, processGroup, ints(passFrom), ints(passTo), umask)
                .withRestoreSignals(restoreSignals).withPipeSize(pipeSize);
        return processes.spawn(executable, strings(argv), strings(envp), path, cwd, ints(modes), ints(fds), setup);
    }

    /**
     * The spawn above with {@code argv} and {@code envp} each as one string, a NUL between items:
     * one conversion from the engine instead of one per item (on GraalPy's interpreter each
     * access to a list element from Java costs microseconds, and an environment has dozens).
     */
    public Child spawnJoined(String executable, String argv, String envp, String path, String cwd,
                             List<Integer> modes, List<Integer> fds, boolean newSession, int processGroup,
                             List<Integer> passFrom, List<Integer> passTo, int umask, boolean restoreSignals,
                             int pipeSize) {
        ChildSetup setup = new ChildSetup(newSession, processGroup, ints(passFrom), ints(passTo), umask)
                .withRestoreSignals(restoreSignals).withPipeSize(pipeSize);
        return processes.spawn(executable, split(argv), split(envp), path, cwd, ints(modes), ints(fds), setup);
    }

    /**
     * Popen's end of a wait: the child's returncode (0 when someone else took its status, as
     * CPython reads ECHILD), and {@code os.waitpid} no longer knows it. One call where an engine's
     * calls are costly.
     */
    public int finish(Child child) {
        processes.forget(child.pid());
        return child.reapedElsewhere() ? 0 : child.returncode();
    }

    private static String[] split(String joined) {
        return joined.isEmpty() ? new String[0] : joined.split("\0", -1);
    }

    private static int[] ints(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) (Object) list.get(i)).intValue();
        }
        return a;
    }

    private static String[] strings(List<String> list) {
        String[] a = new String[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = String.valueOf((Object) list.get(i));
        }
        return a;
    }

    /**
     * Opens a file for a child's stream at {@code offset} (where the caller's file object stands);
     * returns the descriptor, or -errno.
     */
    public int open(String path, int flags, long offset) {
        Posix posix = processes.posix();
        try {
            int fd = posix.open(path, flags, 0666);
            if (offset > 0) {
                posix.lseek(fd, offset, 0);
            }
            return fd;
        } catch (PosixException e) {
            return -e.errno();
        }
    }

    /**
     * Where a descriptor {@link #open} gave stands now ({@code lseek(fd, 0, SEEK_CUR)}): a child
     * writing through it has moved it, as it moves a file CPython shares with its child. -1 on
     * failure.
     */
    public long offset(int fd) {
        try {
            return processes.posix().lseek(fd, 0, 1);
        } catch (PosixException e) {
            return -1;
        }
    }

    /**
     * The operating system's descriptor for a descriptor the engine gave Python (GraalPy's own
     * numbering, Jython's descriptor objects); -1 when there is none. See {@link EngineFds}.
     */
    public int realFd(Object fd) {
        return EngineFds.real(fd);
    }

    /**
     * This process's {real uid, effective uid, real gid, effective gid, supplementary groups...}
     * from /proc/self/status (GraalPy's Java backend has no geteuid or getegid); null when unreadable.
     */
    public long[] ownIds() {
        try {
            java.util.Map<String, long[]> fields = new java.util.HashMap<>();
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                int colon = line.indexOf(':');
                String value = line.substring(colon + 1).trim();
                if (colon > 0 && (line.startsWith("Uid:") || line.startsWith("Gid:") || line.startsWith("Groups:"))) {
                    fields.put(line.substring(0, colon), value.isEmpty() ? new long[0]
                            : java.util.Arrays.stream(value.split("\\s+")).mapToLong(Long::parseLong).toArray());
                }
            }
            long[] groups = fields.getOrDefault("Groups", new long[0]);
            long[] ids = new long[4 + groups.length];
            ids[0] = fields.get("Uid")[0];
            ids[1] = fields.get("Uid")[1];
            ids[2] = fields.get("Gid")[0];
            ids[3] = fields.get("Gid")[1];
            System.arraycopy(groups, 0, ids, 4, groups.length);
            return ids;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Closes a descriptor {@link #open} gave. */
    public void close(int fd) {
        processes.posix().close(fd);
    }

    /** The caller reaped this child itself (Popen.wait): {@code os.waitpid} forgets it. */
    public void forget(long pid) {
        processes.forget(pid);
    }
}
