package dev.pyhost.shims.os;

import dev.pyhost.spi.Stdio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the children of one session, as CPython's {@code subprocess} does on POSIX: the program
 * looked up on the child's own {@code PATH}, descriptors 0-2 wired per stream, every other one
 * closed, the working directory the session's. Keeps the children not yet reaped by a caller, for
 * {@code os.waitpid}.
 */
public final class Processes {
    /** How one of the child's standard streams is wired. */
    public static final int SESSION = 0;
    public static final int PIPE = 1;
    public static final int DEVNULL = 2;
    /** stderr only: the same as stdout. */
    public static final int STDOUT = 3;
    /** A descriptor the caller keeps open. */
    public static final int FD = 4;
    /** A descriptor handed over: closed here once the child has it. */
    public static final int FD_OWNED = 5;

    /** The size pyhost gives pipes to a child (Popen without pipesize): fewer, larger reads and writes. */
    private static final int PIPE_SIZE = 1 << 20;
    private static final int SIGPIPE = 13;
    private static final int SIGXFSZ = 25;
    private static final int ENOENT = 2;
    private static final int ENOTDIR = 20;

    private static final Map<dev.pyhost.spi.ShimContext, Processes> SESSIONS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Posix posix;
    private final Stdio stdio;
    private final Map<Long, Child> children = new ConcurrentHashMap<>();
    private volatile int umask = -1;
    private final java.util.Set<Integer> ignored = ConcurrentHashMap.newKeySet();

    public Processes(Posix posix, Stdio stdio) {
        this.posix = posix;
        this.stdio = stdio;
        // as CPython's process, from its start (see ChildSetup#restoreSignals)
        ignored.add(SIGPIPE);
        ignored.add(SIGXFSZ);
    }

    /** The children of one session (shared by its os and subprocess cores); null without {@link Posix}. */
    public static Processes of(dev.pyhost.spi.ShimContext context) {
        Posix posix = Posix.get();
        return posix == null ? null : SESSIONS.computeIfAbsent(context, c -> new Processes(posix, c.stdio()));
    }

    public Posix posix() {
        return posix;
    }

    /**
     * The umask this session's children start with, when the session keeps its own (GraalPy's
     * {@code os.umask} does: the process's mask is shared by every session of the process);
     * negative: the process's.
     */
    public void setUmask(int mask) {
        umask = mask;
    }

    /**
     * Whether the script ignores {@code signal}. The process cannot really ignore SIGINT, SIGTERM
     * or SIGHUP (the JVM would never take them back), so the signal shim catches them and does
     * nothing; children must still start with them ignored, as CPython's inherit SIG_IGN. SIGPIPE
     * and SIGXFSZ are ignored from the start, as CPython ignores them; a child whose set-up
     * restores signals starts with their defaults.
     */
    public void setIgnored(int signal, boolean on) {
        if (on) {
            ignored.add(signal);
        } else {
            ignored.remove(signal);
        }
    }

    /**
     * Starts a child. Strings carry bytes, one char each (ISO-8859-1).
     *
     * @param executable the program: with a '/' used as is (relative to {@code cwd}), else looked up on {@code path}
     * @param argv       the arguments, argv[0] included
     * @param envp       the environment as "KEY=VALUE"
     * @param path       the child's PATH for the lookup
     * @param cwd        the child's working directory
     * @param modes      for stdin, stdout, stderr: {@link #SESSION}, {@link #PIPE}, ...
     * @param fds        the descriptors for modes {@link #FD} and {@link #FD_OWNED}
     * @param setup      session, process group and descriptors passed
     * @return the child, or one with pid 0 and an errno when it could not start
     */
    public Child spawn(String executable, String[] argv, String[] envp, String path, String cwd,
                       int[] modes, int[] fds, ChildSetup setup) {
        List<Integer> closeAfter = new ArrayList<>();
        List<Integer> closeOnFailure = new ArrayList<>();
        int[] childFds = new int[3];
        PipeEnd[] ends = new PipeEnd[3];
        int[] sessionPumps = {-1, -1, -1};
        int devnull = -1;
        try {
            if (!Files.isDirectory(fsPath(cwd))) {
                return Child.failed(posix, Files.exists(fsPath(cwd)) ? ENOTDIR : ENOENT, true);
            }
            for (int i = 0; i < 3; i++) {
                int mode = modes[i];
                if (mode == SESSION) {
                    boolean inherited = i == 0 ? stdio.inheritedIn() : i == 1 ? stdio.inheritedOut() : stdio.inheritedErr();
                    if (inherited) {
                        childFds[i] = i;
                        continue;
                    }
                    mode = i == 0 ? DEVNULL : PIPE;
                    if (i > 0) {
                        int[] p = posix.pipe();
                        childFds[i] = p[1];
                        closeAfter.add(p[1]);
                        closeOnFailure.add(p[0]);
                        sessionPumps[i] = p[0];
                        continue;
                    }
                }
                switch (mode) {
                    case PIPE -> {
                        int[] p = posix.pipe();
                        int mine = i == 0 ? p[1] : p[0];
                        int theirs = i == 0 ? p[0] : p[1];
                        childFds[i] = theirs;
                        closeAfter.add(theirs);
                        closeOnFailure.add(mine);
                        ends[i] = new PipeEnd(posix, mine);
                        posix.growPipe(mine, setup.pipeSize() > 0 ? setup.pipeSize() : PIPE_SIZE);
                    }
                    case DEVNULL -> {
                        if (devnull < 0) {
                            devnull = posix.open("/dev/null", Posix.O_RDWR, 0);
                            closeAfter.add(devnull);
                        }
                        childFds[i] = devnull;
                    }
                    case STDOUT -> childFds[i] = childFds[1];
                    case FD, FD_OWNED -> {
                        childFds[i] = fds[i];
                        if (mode == FD_OWNED) {
                            closeAfter.add(fds[i]);
                        }
                    }
                    default -> throw new IllegalArgumentException("stream mode " + mode);
                }
            }
            long pid = start(executable, argv, envp, path, cwd, childFds, setup);
            Child child = new Child(posix, pid, ends[0], ends[1], ends[2]);
            child.watch();
            if (sessionPumps[1] >= 0) {
                child.pump(sessionPumps[1], stdio.out());
            }
            if (sessionPumps[2] >= 0) {
                child.pump(sessionPumps[2], stdio.err());
            }
            children.put(pid, child);
            return child;
        } catch (PosixException e) {
            for (int fd : closeOnFailure) {
                posix.close(fd);
            }
            return Child.failed(posix, e.errno(), false);
        } finally {
            for (int fd : closeAfter) {
                posix.close(fd);
            }
        }
    }

    /** Tries each place the program may be, as CPython's {@code _execvpe}: the first error that is not ENOENT/ENOTDIR wins. */
    private long start(String executable, String[] argv, String[] envp, String path, String cwd, int[] fds,
                       ChildSetup setup) throws PosixException {
        int mask = umask;
        if (setup.umask() < 0 && mask >= 0) {
            setup = setup.withUmask(mask);
        }
        boolean restores = setup.restoreSignals();
        int[] childIgnores = ignored.stream().mapToInt(Integer::intValue)
                .filter(s -> !restores || s != SIGPIPE && s != SIGXFSZ).toArray();
        if (childIgnores.length > 0) {
            setup = setup.withIgnored(childIgnores);
        }
        if (executable.contains("/")) {
            return posix.spawn(executable, argv, envp, cwd, fds, setup);
        }
        PosixException saved = null;
        PosixException last = null;   // ENOENT's, made only when needed: strerror is a call into C
        for (String dir : (path == null ? "/bin:/usr/bin" : path).split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + executable;
            Path p = fsPath(candidate);
            if (!p.isAbsolute()) {
                p = fsPath(cwd).resolve(p);
            }
            if (!Files.exists(p)) {
                continue;
            }
            try {
                return posix.spawn(candidate, argv, envp, cwd, fds, setup);
            } catch (PosixException e) {
                if (e.errno() != ENOENT && e.errno() != ENOTDIR && saved == null) {
                    saved = e;
                }
                last = e;
            }
        }
        if (saved != null) {
            throw saved;
        }
        throw last != null ? last : new PosixException(ENOENT, posix.strerror(ENOENT));
    }

    /** A byte string (one char per byte) as a path of the file system. */
    private static Path fsPath(String bytes) {
        return Path.of(new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** A child not yet reaped by a caller, or null. */
    public Child child(long pid) {
        return children.get(pid);
    }

    /** The caller has the child's status now: os.waitpid no longer knows it. */
    public void forget(long pid) {
        children.remove(pid);
    }

    /** Any child of the session that has ended, or null. */
    public Child anyDone() {
        for (Child c : children.values()) {
            if (c.done()) {
                return c;
            }
        }
        return null;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
