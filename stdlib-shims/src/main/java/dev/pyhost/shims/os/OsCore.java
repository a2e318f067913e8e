package dev.pyhost.shims.os;

import dev.pyhost.spi.ShimContext;
import dev.pyhost.spi.Stdio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Java core of the {@code os} shim. Engine-neutral: takes the caller's working directory
 * and environment on every call (each session keeps its own), returns plain values. Children
 * are started and reaped through {@link Processes} where {@link Posix} exists (exact wait
 * statuses); otherwise through {@link ProcessBuilder}, where a death by signal N reads as exit
 * code 128 + N.
 */
public final class OsCore {
    private final ShimContext context;
    private final Processes processes;

    public OsCore(ShimContext context) {
        this.context = context;
        this.processes = Processes.of(context);
    }

    /** The environment the session started with. */
    public Map<String, String> initialEnvironment() {
        return context.environment();
    }

    /** Children of the session start with this umask (negative: the process's); see {@link Processes#setUmask}. */
    public void setChildUmask(int mask) {
        if (processes != null) {
            processes.setUmask(mask);
        }
    }

    /** System calls for the os functions an engine lacks; null where there are none (see {@link SystemCalls}). */
    /**
     * The process's descriptor behind a descriptor the engine numbered its own way (GraalPy's
     * os.open), or -1; see {@link dev.pyhost.shims.subprocess.EngineFds#real}.
     */
    public int realFd(Object fd) {
        return dev.pyhost.shims.subprocess.EngineFds.real(fd);
    }

    public SystemCalls calls() {
        return SystemCalls.get();
    }

    /** The session's children, shared with the subprocess shim; null without {@link Posix}. */
    public Processes processes() {
        return processes;
    }

    /**
     * {@code os.system}: runs {@code /bin/sh -c command} and returns its wait status
     * ({@code exit 3} → 768, killed by SIGTERM → 15), the child sharing the session's standard
     * streams. A shell that cannot start gives 127 << 8, as CPython's {@code system(3)}.
     */
    /** The pipe end to a child that {@code fd} names (what Popen's fileno() gave), or null. */
    public PipeEnd pipeEnd(int fd) {
        return PipeEnd.open(fd);
    }

    public long system(String command, String cwd, Map<String, String> env) throws IOException, InterruptedException {
        if (processes != null) {
            Child child = processes.spawn("/bin/sh", new String[] {"sh", "-c", latin1(command)}, envp(env), null,
                    latin1(cwd), new int[] {Processes.SESSION, Processes.SESSION, Processes.SESSION}, new int[3], ChildSetup.INHERITING);
            if (child.errno() != 0) {
                return 127 << 8;
            }
            child.waitFor(-1);
            processes.forget(child.pid());
            return child.status();
        }
        ChildProcess child = ChildProcess.start(shell(command, cwd, env), context.stdio(), ChildProcess.Pipe.NONE);
        return WaitStatus.of(child.waitFor());
    }

    /** {@code os.popen}: mode "r" reads the child's stdout, mode "w" writes its stdin. */
    public Object popen(String command, String mode, String cwd, Map<String, String> env) throws IOException {
        boolean write = mode.startsWith("w");
        if (processes != null) {
            Child child = processes.spawn("/bin/sh", new String[] {"sh", "-c", latin1(command)}, envp(env), null,
                    latin1(cwd), new int[] {write ? Processes.PIPE : Processes.SESSION,
                            write ? Processes.SESSION : Processes.PIPE, Processes.SESSION}, new int[3], ChildSetup.PLAIN);
            if (child.errno() != 0) {
                throw new IOException(child.strerror());
            }
            return new PopenChild(processes, child, write);
        }
        ChildProcess.Pipe pipe = write ? ChildProcess.Pipe.STDIN : ChildProcess.Pipe.STDOUT;
        return ChildProcess.start(shell(command, cwd, env), context.stdio(), pipe);
    }

    /**
     * {@code os.spawnv} and its family, which CPython runs as fork and exec: the child shares the
     * session's standard streams and gets no other descriptor. Strings carry bytes, one char each.
     *
     * @param wait  P_WAIT: wait, and answer the exit code, or -N for a death by signal N;
     *              otherwise answer the pid, for {@code os.waitpid}
     * @param file  the program: with a '/' used as is (relative to {@code cwd}), else looked up on
     *              {@code path}, or taken from {@code cwd} when {@code path} is null (execv)
     * @param argv  the arguments; null when they could not be made into an exec call's: then, as
     *              CPython's forked child whose exec failed, the child exits with 127
     */
    public long spawn(boolean wait, String file, List<String> argv, List<String> envp, String path, String cwd)
            throws InterruptedException {
        int[] session = {Processes.SESSION, Processes.SESSION, Processes.SESSION};
        Child child = null;
        if (argv != null) {
            String program = path == null && !file.contains("/") ? "./" + file : file;
            child = processes.spawn(program, strings(argv), strings(envp), path, cwd, session, new int[3],
                    ChildSetup.INHERITING);
        }
        if (child == null || child.errno() != 0) {
            int[] quiet = {Processes.DEVNULL, Processes.DEVNULL, Processes.DEVNULL};
            child = processes.spawn("/bin/sh", new String[] {"sh", "-c", "exit 127"}, new String[0], null, "/",
                    quiet, new int[3], ChildSetup.INHERITING);
            if (child.errno() != 0) {
                throw new IllegalStateException("cannot start a process: " + child.strerror());
            }
        }
        if (!wait) {
            return child.pid();
        }
        child.waitFor(-1);
        processes.forget(child.pid());
        int status = child.status();
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f);
    }

    /**
     * {@code os.execv} and {@code os.execve}: {errno, 0} when the program cannot be run, else
     * {0, the status the run is to end with}. A run that owns the process is replaced by the
     * program ({@code execve(2)}; this returns only on failure). Where the process is shared (a
     * warm run of the daemon, an embedding host's session, a multiprocessing child) replacing it
     * would end the others: the program runs as a child on the session's streams, and its exit
     * status (128 + N for a death by signal N, as a shell reports it) ends the run.
     */
    public long[] exec(String file, List<String> argv, List<String> envp, String cwd) throws InterruptedException {
        Posix posix = Posix.get();
        if (posix == null) {
            return new long[] {38, 0}; // ENOSYS
        }
        if (ownsProcess()) {
            return new long[] {posix.execve(file, strings(argv), strings(envp), cwd), 0};
        }
        int[] session = {Processes.SESSION, Processes.SESSION, Processes.SESSION};
        String program = file.contains("/") ? file : "./" + file;
        Child child = processes.spawn(program, strings(argv), strings(envp), null, cwd, session, new int[3],
                ChildSetup.INHERITING);
        if (child.errno() != 0) {
            return new long[] {child.errno(), 0};
        }
        child.waitFor(-1);
        processes.forget(child.pid());
        int status = child.status();
        return new long[] {0, (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)};
    }

    private static String[] strings(List<String> list) {
        String[] a = new String[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = String.valueOf((Object) list.get(i));
        }
        return a;
    }

    /** {@code os.readlink}: the link's text, or null when the path is not a symbolic link. */
    public String readlink(String path) {
        try {
            return java.nio.file.Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * {@code os.isatty} for the standard streams (0, 1, 2) as the session's script sees them:
     * null for any other descriptor (the engine answers).
     */
    public Boolean isatty(int fd) {
        return fd >= 0 && fd <= 2 ? context.stdio().isTerminal(fd) : null;
    }

    /**
     * {@code os.get_terminal_size} for the standard streams: {columns, lines}; an empty array when
     * the stream is not a terminal (ENOTTY); null when only the engine can tell (another
     * descriptor, or a terminal this process cannot ask).
     */
    public int[] terminalSize(int fd) {
        if (fd < 0 || fd > 2) {
            return null;
        }
        if (!context.stdio().isTerminal(fd)) {
            return new int[0];
        }
        Posix posix = Posix.get();
        return context.stdio().inherited(fd) && posix != null ? posix.windowSize(fd) : null;
    }

    /** True when descriptor {@code fd} (0, 1, 2) of the process is the session's standard stream. */
    /**
     * True when the session owns the process: the command line's own run, on the process's
     * standard streams. os._exit and os.abort may end the process then; elsewhere (a daemon's
     * run, an embedding host's session, a multiprocessing child) other runs share it, and they
     * end the session.
     */
    public boolean ownsProcess() {
        return ownsProcess(context);
    }

    /** {@link #ownsProcess()} for the session of {@code context}. */
    public static boolean ownsProcess(ShimContext context) {
        Stdio stdio = context.stdio();
        return context.processMain() && stdio.inherited(0) && stdio.inherited(1) && stdio.inherited(2);
    }

    public boolean inherited(int fd) {
        return context.stdio().inherited(fd);
    }

    /** The process's descriptor behind an engine's I/O object; -1 when closed or none (see {@link Descriptors}). */
    public int descriptor(Object io) {
        return Descriptors.of(io);
    }

    /**
     * {@code read(2)} of up to {@code size} bytes from a descriptor of the process: the bytes, one
     * char each, or the errno as an Integer; null without {@link Posix}.
     */
    public Object read(int fd, int size) {
        Posix posix = Posix.get();
        if (posix == null) {
            return null;
        }
        try {
            byte[] buf = new byte[Math.max(0, size)];
            int n = posix.read(fd, buf, 0, buf.length);
            return new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /**
     * {@code write(2)} of bytes (one char each) to a descriptor of the process: how many were
     * written, or -errno; null without {@link Posix}.
     */
    public Long write(int fd, String data) {
        Posix posix = Posix.get();
        if (posix == null) {
            return null;
        }
        try {
            byte[] b = data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return (long) posix.write(fd, b, 0, b.length);
        } catch (PosixException e) {
            return (long) -e.errno();
        }
    }

    /** {@code lseek(2)} on a descriptor of the process: the new offset, or -errno; null without {@link Posix}. */
    public Long lseek(int fd, long offset, int whence) {
        Posix posix = Posix.get();
        if (posix == null) {
            return null;
        }
        try {
            return posix.lseek(fd, offset, whence);
        } catch (PosixException e) {
            return (long) -e.errno();
        }
    }

    /**
     * {@code open(2)} of an absolute path (bytes, one char each), close-on-exec: the process's
     * descriptor, or -errno; null without {@link Posix}. For calls on a device an engine's own
     * descriptor is open on; the caller closes it with {@link SystemCalls#close}.
     */
    public Long openPath(String path, int flags) {
        return openPath(path, flags, 0);
    }

    /** {@link #openPath(String, int)}, a file it creates getting {@code mode} (less the umask). */
    public Long openPath(String path, int flags, int mode) {
        Posix posix = Posix.get();
        if (posix == null) {
            return null;
        }
        try {
            return (long) posix.open(path, flags, mode);
        } catch (PosixException e) {
            return (long) -e.errno();
        }
    }

    /** {@code os.getppid()}. */
    public long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** {@code os.getpid()}. */
    public long getpid() {
        return ProcessHandle.current().pid();
    }

    /** {@code os.getsid}: the session id, or -errno; null without {@link Posix}. */
    public Long getsid(long pid) {
        Posix posix = Posix.get();
        try {
            return posix == null ? null : posix.getsid(pid);
        } catch (PosixException e) {
            return (long) -e.errno();
        }
    }

    /** {@code os.getpgid}: the process group id, or -errno; null without {@link Posix}. */
    public Long getpgid(long pid) {
        Posix posix = Posix.get();
        try {
            return posix == null ? null : posix.getpgid(pid);
        } catch (PosixException e) {
            return (long) -e.errno();
        }
    }

    /** {@code os.kill}: 0, or the errno; -1 when signals cannot be sent here. */
    public int kill(long pid, int signal) {
        if (processes == null) {
            return -1;
        }
        try {
            processes.posix().kill(pid, signal);
            return 0;
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /**
     * {@code os.chown} and {@code os.lchown} of an absolute path (bytes, one char each): 0, or the
     * errno; -1 when this platform has no such call here.
     */
    public int chown(String path, long uid, long gid, boolean followSymlinks) {
        Posix posix = Posix.get();
        if (posix == null) {
            return -1;
        }
        try {
            posix.chown(path, (int) uid, (int) gid, followSymlinks);
            return 0;
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /** {@code os.link} of absolute paths: 0, or the errno; -1 without {@link Posix}. */
    public int link(String existing, String link, boolean followSymlinks) {
        return call(posix -> posix.link(existing, link, followSymlinks));
    }

    /**
     * {@code os.readlink} of an absolute path (bytes one char each): the link's text as bytes one
     * char each, or the errno as an Integer; null without {@link Posix}.
     */
    public Object readlinkBytes(String path) {
        Posix posix = Posix.get();
        if (posix == null) {
            return null;
        }
        try {
            return posix.readlink(path);
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /** {@code os.mkdir} of an absolute path: 0, or the errno; -1 without {@link Posix}. */
    public int mkdir(String path, int mode) {
        return call(posix -> posix.mkdir(path, mode));
    }

    /** {@code os.rename} of absolute paths: 0, or the errno; -1 without {@link Posix}. */
    public int rename(String from, String to) {
        return call(posix -> posix.rename(from, to));
    }

    /**
     * {@code os.utime} of an absolute path, times in nanoseconds {atime, mtime} or null (now): 0,
     * or the errno; -1 without {@link Posix}.
     */
    public int utime(String path, long[] times, boolean followSymlinks) {
        return call(posix -> posix.utime(path, times, followSymlinks));
    }

    /** {@code os.times}: five numbers of seconds; null without {@link Posix}. */
    public double[] times() throws PosixException {
        Posix posix = Posix.get();
        return posix == null ? null : posix.times();
    }

    /** {@code os.getloadavg}: the C library's three averages; null when it has none (or no {@link Posix}). */
    public double[] loadavg() {
        Posix posix = Posix.get();
        return posix == null ? null : posix.loadavg();
    }

    private interface PosixCall {
        void run(Posix posix) throws PosixException;
    }

    private static int call(PosixCall call) {
        Posix posix = Posix.get();
        if (posix == null) {
            return -1;
        }
        try {
            call.run(posix);
            return 0;
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /** The C library's message for an errno. */
    public String strerror(int errno) {
        return processes == null ? "Unknown error " + errno : processes.posix().strerror(errno);
    }

    /**
     * {@code os.waitpid} for children the session started: {pid, status}; {0, 0} with WNOHANG
     * while it runs; null when there is no such child (ECHILD).
     */
    public long[] waitpid(long pid, int options) throws InterruptedException {
        Child c = reap(pid, options);
        return c == null ? null : c == NOT_YET ? new long[] {0, 0} : new long[] {c.pid(), c.status()};
    }

    /**
     * {@code os.wait4}: {pid, status} and then the child's resource usage as {@link Child#usage};
     * {0, 0} and zeros with WNOHANG while it runs; null when there is no such child (ECHILD).
     */
    public long[] wait4(long pid, int options) throws InterruptedException {
        Child c = reap(pid, options);
        if (c == null) {
            return null;
        }
        long[] usage = c == NOT_YET ? new long[18] : c.usage();
        long[] out = new long[2 + usage.length];
        if (c != NOT_YET) {
            out[0] = c.pid();
            out[1] = c.status();
        }
        System.arraycopy(usage, 0, out, 2, usage.length);
        return out;
    }

    /** What {@link #reap} answers with WNOHANG for a child still running. */
    private static final Child NOT_YET = Child.failed(null, 0, false);

    private Child reap(long pid, int options) throws InterruptedException {
        if (processes == null) {
            return null;
        }
        boolean noHang = (options & 1) != 0;
        while (true) {
            Child c = pid == -1 || pid == 0 ? processes.anyDone() : processes.child(pid);
            if (c == null && pid > 0) {
                return null;
            }
            if (c == null && !processes.hasChildren()) {
                return null;
            }
            if (c != null && (c.done() || (!noHang && pid > 0 && c.waitFor(-1)))) {
                processes.forget(c.pid());
                return c;
            }
            if (noHang) {
                return NOT_YET;
            }
            Thread.sleep(5);
        }
    }

    static String latin1(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String[] envp(Map<String, String> env) {
        return env.entrySet().stream().map(e -> latin1(e.getKey() + "=" + e.getValue())).toArray(String[]::new);
    }

    private static ProcessBuilder shell(String command, String cwd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
        pb.directory(Path.of(cwd).toFile());
        Map<String, String> e = pb.environment();
        e.clear();
        e.putAll(env);
        return pb;
    }
}
