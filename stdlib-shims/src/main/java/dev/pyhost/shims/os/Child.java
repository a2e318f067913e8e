package dev.pyhost.shims.os;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child started through {@link Processes}: its pid, the parent's ends of its pipes, and its raw
 * wait status once a reaper thread has {@code waitpid}-ed it. A child that could not start has
 * pid 0 and an {@link #errno()}. Methods report failures as values (both engines read them alike).
 */
public final class Child {
    private final Posix posix;
    private final long pid;
    private final PipeEnd stdin;
    private final PipeEnd stdout;
    private final PipeEnd stderr;
    private final List<SessionPump> pumps = new ArrayList<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    /** The child's resource usage, as {@link Posix#wait4} fills it; zeros until reaped. */
    private final long[] usage = new long[18];
    private final int errno;
    private final boolean cwdFailed;
    private Communication communication;

    Child(Posix posix, long pid, PipeEnd stdin, PipeEnd stdout, PipeEnd stderr) {
        this.posix = posix;
        this.pid = pid;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.errno = 0;
        this.cwdFailed = false;
    }

    private Child(Posix posix, int errno, boolean cwdFailed) {
        this.posix = posix;
        this.pid = 0;
        this.stdin = this.stdout = this.stderr = null;
        this.errno = errno;
        this.cwdFailed = cwdFailed;
    }

    static Child failed(Posix posix, int errno, boolean cwdFailed) {
        return new Child(posix, errno, cwdFailed);
    }

    private static final int ECHILD = 10;

    /**
     * Output an engine asked to spool stays in memory up to this size. Past it, a file is cheaper:
     * GraalPy converts a string to bytes at several nanoseconds per byte, and reads a file at
     * memory speed.
     */
    static final long SPOOL_PAST = 64 * 1024;

    /**
     * How long a waiting caller polls the child's pidfd itself before it hands the wait to a
     * reaper thread: most children an admin script starts end within it, and a caller that
     * reaps its own child saves two wake-ups of other threads (measured here: 0.5 ms of a 2.2 ms
     * spawn and wait of {@code true}). Beyond it the caller parks, where an interrupt (Ctrl-C)
     * reaches it.
     */
    private static final long CALLER_POLL_NANOS = 20_000_000L;

    private final Object reaping = new Object();
    /** The child's pidfd, -1 once closed or when the kernel has none; guarded by {@link #reaping}. */
    private int pidfd = -1;
    /** Callers polling {@link #pidfd} just now: the last one closes it once the child is reaped. */
    private int pidfdUsers;
    private boolean reaperStarted;

    /**
     * Starts watching a child just spawned: with a pidfd, its status is taken by whoever waits
     * for it first ({@link #waitFor}, {@link #done}), and a child no one waits for gets a reaper
     * thread after a while ({@link ChildSweep}); without one, a reaper thread waits for it now.
     */
    void watch() {
        int fd = posix.pidfd(pid);
        if (fd < 0) {
            startReaper();
            return;
        }
        synchronized (reaping) {
            pidfd = fd;
        }
        ChildSweep.watch(this);
    }

    /** A thread that blocks until the child ends and takes its status; started once. */
    void startReaper() {
        synchronized (reaping) {
            if (reaperStarted || status.isDone()) {
                return;
            }
            reaperStarted = true;
        }
        ChildThreads.start("pyhost-reaper-" + pid, () -> {
            try {
                posix.awaitExit(pid);
            } catch (PosixException e) {
                // ECHILD: taken meanwhile (by a caller, or by the system with SIGCHLD ignored)
            } catch (Throwable t) {
                status.completeExceptionally(t);
                return;
            }
            if (!tryReap()) {
                status.completeExceptionally(new IllegalStateException("child " + pid + " reported ended, still running"));
            }
        });
    }

    /** True once the child's status has been taken. */
    boolean statusKnown() {
        return status.isDone();
    }

    /** Takes the child's status if it has ended, without blocking; true once the status is known. */
    boolean tryReap() {
        synchronized (reaping) {
            if (status.isDone()) {
                return true;
            }
            try {
                int st = posix.wait4NoHang(pid, usage);
                if (st < 0) {
                    return false;
                }
                status.complete(st);
            } catch (PosixException e) {
                if (e.errno() == ECHILD) {
                    // SIGCHLD ignored: the system reaped it, its status is gone; CPython reads 0
                    status.complete(0);
                } else {
                    status.completeExceptionally(e);
                }
            }
            if (pidfd >= 0 && pidfdUsers == 0) {
                posix.close(pidfd);
                pidfd = -1;
            }
            return true;
        }
    }

    /** True when the status is known by now; else polls the pidfd until the deadline (nanoTime). */
    private boolean reapInCaller(long deadline) {
        while (!tryReap()) {
            long left = deadline - System.nanoTime();
            int fd;
            synchronized (reaping) {
                if (left <= 0 || pidfd < 0) {
                    return false;
                }
                fd = pidfd;
                pidfdUsers++;
            }
            try {
                posix.poll(new int[] {fd}, new short[] {Posix.POLLIN}, (int) Math.max(1, (left + 999_999) / 1_000_000));
            } catch (PosixException e) {
                // EINTR: look again
            } finally {
                synchronized (reaping) {
                    if (--pidfdUsers == 0 && status.isDone() && pidfd >= 0) {
                        posix.close(pidfd);
                        pidfd = -1;
                    }
                }
            }
        }
        return true;
    }

    /** Copies a pipe into one of the session's streams until the child closes it. */
    void pump(int fd, OutputStream to) {
        pumps.add(new SessionPump(posix, fd, to, pid));
    }

    /** How long a grandchild that keeps writing to the session's pipe may hold up the child's waiters. */
    private static final long BUSY_GRANDCHILD_NANOS = 1_000_000_000L;
    /** When waiters stop waiting for a busy grandchild (nanoTime); 0 until the first one; guarded by {@link #reaping}. */
    private long settleBy;

    /** Once the status is known: true when the child's output has reached the session by the deadline. */
    private boolean pumpsSettled(long deadline) throws InterruptedException {
        if (pumps.isEmpty()) {
            return true;
        }
        long busyUntil;
        synchronized (reaping) {
            if (settleBy == 0) {
                settleBy = System.nanoTime() + BUSY_GRANDCHILD_NANOS;
            }
            busyUntil = settleBy;
        }
        for (SessionPump p : pumps) {
            if (!p.settle(deadline, busyUntil)) {
                return false;
            }
        }
        return true;
    }

    public long pid() {
        return pid;
    }

    /** 0 when the child started; else the errno of the failure. */
    public int errno() {
        return errno;
    }

    /** True when the failure was the working directory's, not the program's. */
    public boolean cwdFailed() {
        return cwdFailed;
    }

    public String strerror() {
        return posix.strerror(errno);
    }

    public PipeEnd stdin() {
        return stdin;
    }

    public PipeEnd stdout() {
        return stdout;
    }

    public PipeEnd stderr() {
        return stderr;
    }

    /** True once the child has ended and been reaped (its output copied to the session). */
    public boolean done() {
        if (!tryReap()) {
            return false;
        }
        try {
            return pumpsSettled(System.nanoTime() + POLL_SETTLE_NANOS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * How long {@code poll()} waits for the output of a child it found ended to reach the session:
     * CPython's {@code poll()} reports a child the moment it is a zombie.
     */
    private static final long POLL_SETTLE_NANOS = 200_000_000L;

    /** The child's resource usage (see {@link Posix#wait4}); only meaningful once {@link #done()}. */
    public long[] usage() {
        return usage.clone();
    }

    /** The raw wait status; only meaningful once {@link #done()}. */
    public int status() {
        try {
            return status.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private volatile boolean reapedElsewhere;

    /**
     * Another caller took this child's status (psutil's {@code Process.wait}, as {@code waitpid}
     * would): its Popen then finds nothing to reap and reports 0, as CPython's does on ECHILD.
     */
    public void markReapedElsewhere() {
        reapedElsewhere = true;
    }

    public boolean reapedElsewhere() {
        return reapedElsewhere;
    }

    /** {@code returncode} as Popen gives it: the exit code, or -N for a death by signal N. */
    public int returncode() {
        return WaitStatus.toReturnCode(status());
    }

    /**
     * Waits at most {@code seconds} (forever when negative) for the child to end; true when it
     * has.
     */
    public boolean waitFor(double seconds) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = seconds < 0 ? Long.MAX_VALUE : start + (long) (seconds * 1e9);
        try {
            // a platform thread polls for a short while itself; a virtual one would hold its carrier
            boolean known = Thread.currentThread().isVirtual()
                    ? tryReap()
                    : reapInCaller(Math.min(deadline, start + CALLER_POLL_NANOS));
            if (!known) {
                if (deadline <= System.nanoTime()) {
                    return false;
                }
                startReaper();
                if (seconds < 0) {
                    status.get();
                } else {
                    status.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            }
            return pumpsSettled(deadline);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends a signal unless the child has already been reaped; returns 0 or the errno. */
    public int signal(int signal) {
        if (status.isDone()) {
            return 0;
        }
        try {
            posix.kill(pid, signal);
            return 0;
        } catch (PosixException e) {
            return e.errno();
        }
    }

    /**
     * {@code communicate}: writes {@code input} (null: none) to the stdin pipe and closes it, reads
     * the stdout and stderr pipes to their end, then waits for the child, all within
     * {@code seconds} (forever when negative). Returns true when finished; false on timeout, when
     * a later call resumes where this one stopped. Output so far: {@link #output(int)}.
     */
    public synchronized boolean communicate(String input, double seconds) throws InterruptedException {
        return communicate(input, seconds, false);
    }

    /**
     * The same; with {@code spool}, output beyond {@link #SPOOL_PAST} bytes goes to a file
     * ({@link #outputPath}) that an engine reads in bulk faster than it converts a string to bytes.
     */
    public synchronized boolean communicate(String input, double seconds, boolean spool) throws InterruptedException {
        long deadline = seconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
        if (communication == null) {
            communication = new Communication(this, input, spool);
        }
        if (!communication.join(deadline)) {
            return false;
        }
        return waitFor(seconds < 0 ? -1 : Math.max(0, (deadline - System.nanoTime()) / 1e9));
    }

    /** What {@link #communicate} read from stdout (1) or stderr (2), as ISO-8859-1 text; null without a pipe. */
    public String output(int stream) {
        Spool b = communication == null ? null : communication.sink(stream);
        return b == null ? null : b.latin1();
    }

    /**
     * The same as a {@code byte[]}, for an engine that makes its byte strings from one faster
     * than from text; null without a pipe. Not to be changed: the caller may keep it as is (as
     * Jython's {@code str}), and it may be the spool's own.
     */
    public byte[] outputBytes(int stream) {
        Spool b = communication == null ? null : communication.sink(stream);
        return b == null ? null : b.bytes();
    }

    /** Where {@link #communicate} spooled stdout (1) or stderr (2), or null when it is in memory. */
    public String outputPath(int stream) {
        Spool b = communication == null ? null : communication.sink(stream);
        return b == null ? null : b.path();
    }

    /** Deletes spooled output once the caller has read it. */
    public void releaseOutput() {
        if (communication != null) {
            for (int i = 1; i <= 2; i++) {
                Spool b = communication.sink(i);
                if (b != null) {
                    b.delete();
                }
            }
        }
    }

    /** The threads of one {@code communicate}: no deadlock whatever the sizes on each pipe. */
    private static final class Communication {
        private final List<ChildThreads.Job> threads = new ArrayList<>();
        private final Spool out;
        private final Spool err;

        Communication(Child child, String input, boolean spool) {
            if (child.stdin != null) {
                if (input == null || input.isEmpty()) {
                    child.stdin.close();
                } else {
                    byte[] data = input.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    threads.add(start("stdin", child.pid, () -> {
                        child.stdin.writeAll(data, 0, data.length); // EPIPE: the child stopped reading, as CPython ignores
                        child.stdin.close();
                    }));
                }
            }
            long limit = spool ? SPOOL_PAST : Long.MAX_VALUE;
            out = child.stdout == null ? null : new Spool(limit);
            err = child.stderr == null ? null : new Spool(limit);
            if (out != null) {
                threads.add(start("stdout", child.pid, () -> drain(child.stdout, out)));
            }
            if (err != null) {
                threads.add(start("stderr", child.pid, () -> drain(child.stderr, err)));
            }
        }

        private static ChildThreads.Job start(String what, long pid, Runnable r) {
            return ChildThreads.start("pyhost-" + what + "-" + pid, r);
        }

        private static void drain(PipeEnd end, Spool into) {
            byte[] chunk = new byte[262144];
            int n;
            while ((n = end.readInto(chunk, 0, chunk.length)) > 0) {
                into.append(chunk, n);
            }
            end.close();
        }

        Spool sink(int stream) {
            return stream == 1 ? out : err;
        }

        boolean join(long deadline) throws InterruptedException {
            for (ChildThreads.Job t : threads) {
                if (deadline == Long.MAX_VALUE) {
                    t.join();
                } else if (!t.join(java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                    return false;
                }
            }
            return true;
        }
    }
}
