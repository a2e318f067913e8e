package dev.pyhost.shims.psutil;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java core of the {@code psutil} shim, one per session. Engine-neutral: pids are longs,
 * results are arrays of longs/doubles/Strings the glue turns into psutil's namedtuples. A
 * method that fails returns {@code null}; {@link #lastError()} then names the errno (ENOENT,
 * ESRCH, EACCES, EPERM) so the glue raises what psutil raises.
 *
 * <p>Single attributes come straight from {@code /proc} (a few microseconds, as psutil's C code);
 * system-wide figures that {@code /proc} lacks come from OSHI ({@link OshiSystem}), created on
 * first need only.
 */
public final class PsutilCore {
    private static final Path PROC = Path.of("/proc");

    /** {@link #childExit}: the child runs. */
    public static final int RUNNING = Integer.MIN_VALUE;

    private final ProcFs proc = new ProcFs(PROC);
    private final OshiSystem oshi = new OshiSystem();
    private final dev.pyhost.spi.ShimContext context;

    public PsutilCore(dev.pyhost.spi.ShimContext context) {
        this.context = context;
    }

    /** True when the session's children are started and reaped in Java ({@link #childExit} answers). */
    public boolean tracksChildren() {
        return context != null && dev.pyhost.shims.os.Processes.of(context) != null;
    }

    /**
     * A child of this session that nobody has reaped yet: {@link #RUNNING}, or its exit code (-N
     * for a death by signal N), which it then no longer has for anyone else (as after
     * {@code waitpid}); null when the session did not start it or it was reaped already.
     */
    public Integer childExit(long pid) {
        dev.pyhost.shims.os.Processes processes = context == null ? null : dev.pyhost.shims.os.Processes.of(context);
        dev.pyhost.shims.os.Child child = processes == null ? null : processes.child(pid);
        if (child == null || child.reapedElsewhere()) {
            return null;
        }
        if (!child.done()) {
            return RUNNING;
        }
        child.markReapedElsewhere();
        processes.forget(pid);
        return child.returncode();
    }
    /**
     * A zombie child of this JVM that no one waits for (not the session's, nor the JDK's: a
     * process the launcher forked before it became the JVM, or one a native library started):
     * reaps it as psutil's {@code waitpid} does and returns its exit code (-N for a death by
     * signal N); null when the pid is anything else.
     */
    public Integer reapZombieChild(long pid) {
        if (pid <= 0 || pid == ProcessHandle.current().pid()) {
            return null;
        }
        long[] st;
        try {
            st = stat(pid);
        } catch (RuntimeException e) {
            return null;
        }
        if (st == null || st[0] != 'Z' || st[1] != ProcessHandle.current().pid()) {
            return null;
        }
        dev.pyhost.shims.os.Processes processes = context == null ? null : dev.pyhost.shims.os.Processes.of(context);
        if (processes != null && processes.child(pid) != null) {
            return null; // the session's own reaper takes it
        }
        Integer status = Libc.reap(pid);
        if (status == null) {
            return null;
        }
        int sig = status & 0x7f;
        return sig == 0 ? (status >> 8) & 0xff : -sig;
    }

    private volatile long pageSize;
    private volatile Map<Long, String> users;

    /** The errno name of this thread's last failed call. */
    public String lastError() {
        return Errno.last();
    }

    /** True on Linux, where /proc is read directly; elsewhere only OSHI answers. */
    public boolean hasProcfs() {
        return Files.isDirectory(PROC.resolve("self"));
    }

    public long ownPid() {
        return ProcessHandle.current().pid();
    }

    public long clockTicks() {
        return 100;
    }

    public long pageSize() {
        long p = pageSize;
        if (p == 0) {
            try {
                p = Libc.c().getpagesize();
            } catch (Throwable t) {
                p = 4096;
            }
            pageSize = p;
        }
        return p;
    }

    // ============================================================================= transfer

    /**
     * The numbers as one space-separated string. GraalPy turns a Java array into a list one
     * interop read per element (a quarter of a millisecond for seven); one string crosses in
     * one step and splits natively.
     */
    public String joinLongs(long[] values) {
        StringBuilder b = new StringBuilder(values.length * 8);
        for (long v : values) {
            b.append(v).append(' ');
        }
        return b.toString();
    }

    /** The numbers as one space-separated string (Java's shortest round-trip form). */
    public String joinDoubles(double[] values) {
        StringBuilder b = new StringBuilder(values.length * 8);
        for (double v : values) {
            b.append(v).append(' ');
        }
        return b.toString();
    }

    /** The strings, each followed by a NUL (none of /proc's strings holds one). */
    public String joinStrings(String[] values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(v).append('\0');
        }
        return b.toString();
    }

    // ============================================================================= processes

    public long[] pids() {
        return proc.pids();
    }

    /** psutil's pid_exists: a process (not a thread) with that pid; Linux lists no pid 0. */
    public boolean pidExists(long pid) {
        if (pid <= 0) {
            return false;
        }
        try {
            String status = new String(proc.pidFile(pid, "status"), StandardCharsets.US_ASCII);
            int i = status.indexOf("\nTgid:");
            if (i < 0) {
                return true;
            }
            int end = status.indexOf('\n', i + 1);
            return Long.parseLong(status.substring(i + 6, end).trim()) == pid;
        } catch (IOException e) {
            return !Errno.of(e).equals(Errno.ENOENT) && Files.exists(PROC.resolve(Long.toString(pid)));
        }
    }

    /**
     * /proc/PID/stat as numbers: state (a char code), ppid, utime, stime, cutime, cstime (ticks),
     * priority, nice, num_threads, starttime (ticks after boot), vsize, rss (pages), minflt,
     * majflt, processor, blkio ticks, tty_nr, pgrp.
     */
    public long[] stat(long pid) {
        byte[] data;
        try {
            data = proc.pidFile(pid, "stat");
        } catch (IOException e) {
            return Errno.fail(e);
        }
        String[] f = ProcFs.statFields(data);
        return new long[] {
            f[0].charAt(0), num(f, 1), num(f, 11), num(f, 12), num(f, 13), num(f, 14), num(f, 15), num(f, 16),
            num(f, 17), num(f, 19), num(f, 20), num(f, 21), num(f, 7), num(f, 9), num(f, 36), num(f, 39),
            num(f, 4), num(f, 2)
        };
    }

    private static long num(String[] f, int i) {
        return i < f.length ? ProcFs.parseLong(f[i]) : 0;
    }

    /** The start time in ticks after boot: with the pid, a process's identity. */
    public long startTicks(long pid) {
        try {
            String[] f = ProcFs.statFields(proc.pidFile(pid, "stat"));
            return num(f, 19);
        } catch (IOException e) {
            Errno.fail(e);
            return -1;
        }
    }

    /** The name in /proc/PID/stat (the kernel truncates it to 15 characters). */
    public String statName(long pid) {
        try {
            return ProcFs.statName(proc.pidFile(pid, "stat"));
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    /** /proc/PID/statm in bytes, in psutil's pmem order: rss, vms, shared, text, lib, data, dirty. */
    public long[] memoryInfo(long pid) {
        String text;
        try {
            text = new String(proc.pidFile(pid, "statm"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return Errno.fail(e);
        }
        String[] f = text.trim().split(" ");
        long ps = pageSize();
        return new long[] {
            num(f, 1) * ps, num(f, 0) * ps, num(f, 2) * ps, num(f, 3) * ps, num(f, 4) * ps, num(f, 5) * ps, num(f, 6) * ps
        };
    }

    /** uss, pss, swap in bytes (smaps_rollup when the kernel has it). */
    public long[] memoryFull(long pid) {
        byte[] data;
        try {
            data = proc.pidFile(pid, "smaps_rollup");
        } catch (IOException e) {
            if (!Errno.of(e).equals(Errno.ENOENT) || !Files.exists(PROC.resolve(Long.toString(pid)))) {
                return Errno.fail(e);
            }
            try {
                data = proc.pidFile(pid, "smaps");
            } catch (IOException e2) {
                return Errno.fail(e2);
            }
        }
        long uss = 0;
        long pss = 0;
        long swap = 0;
        for (String line : new String(data, StandardCharsets.US_ASCII).split("\n")) {
            if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:")) {
                uss += ProcFs.kb(line.substring(line.indexOf(':') + 1));
            } else if (line.startsWith("Pss:")) {
                pss += ProcFs.kb(line.substring(4));
            } else if (line.startsWith("Swap:")) {
                swap += ProcFs.kb(line.substring(5));
            }
        }
        return new long[] {uss, pss, swap};
    }

    /** The command line; an empty array for zombies and kernel threads. */
    public String[] cmdline(long pid) {
        byte[] data;
        try {
            data = proc.pidFile(pid, "cmdline");
        } catch (IOException e) {
            return Errno.fail(e);
        }
        if (data.length == 0) {
            return new String[0];
        }
        boolean nulEnded = data[data.length - 1] == 0;
        List<String> parts = ProcFs.nulSeparated(nulEnded ? Arrays.copyOf(data, data.length - 1) : data);
        if (nulEnded && data.length > 1 && parts.isEmpty()) {
            parts = List.of("");
        }
        // a process that rewrote its title with spaces (psutil splits it the same way)
        if (!nulEnded && parts.size() == 1 && parts.get(0).contains(" ")) {
            parts = Arrays.asList(parts.get(0).split(" "));
        }
        return parts.toArray(new String[0]);
    }

    /** The environment as "KEY=VALUE" strings. */
    public String[] environ(long pid) {
        try {
            return ProcFs.nulSeparated(proc.pidFile(pid, "environ")).toArray(new String[0]);
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    /** A /proc/PID link (exe, cwd, root): its target; "" when the kernel has none (kernel threads). */
    public String link(long pid, String which) {
        try {
            String target = Files.readSymbolicLink(PROC.resolve(pid + "/" + which)).toString();
            if (which.equals("exe") && target.endsWith(" (deleted)")
                    && !Files.exists(Path.of(target))) {
                target = target.substring(0, target.length() - 10);
            }
            return target;
        } catch (NoSuchFileException e) {
            if (Files.exists(PROC.resolve(Long.toString(pid)))) {
                return "";
            }
            return Errno.fail(Errno.ENOENT);
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    /**
     * From /proc/PID/status: real, effective, saved uid; the same for gid; voluntary and
     * involuntary context switches; Tgid.
     */
    public long[] status(long pid) {
        Map<String, String> m;
        try {
            m = ProcFs.keyed(new String(proc.pidFile(pid, "status"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Errno.fail(e);
        }
        String[] uid = m.getOrDefault("Uid", "0 0 0").split("\\s+");
        String[] gid = m.getOrDefault("Gid", "0 0 0").split("\\s+");
        return new long[] {
            num(uid, 0), num(uid, 1), num(uid, 2), num(gid, 0), num(gid, 1), num(gid, 2),
            Long.parseLong(m.getOrDefault("voluntary_ctxt_switches", "0")),
            Long.parseLong(m.getOrDefault("nonvoluntary_ctxt_switches", "0")),
            Long.parseLong(m.getOrDefault("Tgid", "-1")),
        };
    }

    /** /proc/PID/io: read_count, write_count, read_bytes, write_bytes, read_chars, write_chars. */
    public long[] io(long pid) {
        Map<String, String> m;
        try {
            m = ProcFs.keyed(new String(proc.pidFile(pid, "io"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return new long[] {
            Long.parseLong(m.getOrDefault("syscr", "0")), Long.parseLong(m.getOrDefault("syscw", "0")),
            Long.parseLong(m.getOrDefault("read_bytes", "0")), Long.parseLong(m.getOrDefault("write_bytes", "0")),
            Long.parseLong(m.getOrDefault("rchar", "0")), Long.parseLong(m.getOrDefault("wchar", "0")),
        };
    }

    public long numFds(long pid) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
            long n = 0;
            for (Path ignored : ds) {
                n++;
            }
            return n;
        } catch (IOException e) {
            Errno.fail(e);
            return -1;
        }
    }

    /** A cpu set of up to 1,024 CPUs, as glibc's {@code cpu_set_t}. */
    private static final int CPU_SET_BYTES = 128;

    /** {@code sched_getaffinity}: the CPUs the process may run on, ascending; null on failure. */
    public long[] cpuAffinity(long pid) {
        byte[] mask = new byte[CPU_SET_BYTES];
        try {
            if (Libc.c().sched_getaffinity((int) pid, mask.length, mask) != 0) {
                return Errno.fail(Libc.lastErrno());
            }
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Errno.fail("ENOSYS");
        }
        List<Long> cpus = new ArrayList<>();
        for (int i = 0; i < mask.length * 8; i++) {
            if ((mask[i / 8] & (1 << (i % 8))) != 0) {
                cpus.add((long) i);
            }
        }
        return cpus.stream().mapToLong(Long::longValue).toArray();
    }

    /** {@code sched_setaffinity}: null when done, else the errno name. */
    public String setCpuAffinity(long pid, long[] cpus) {
        byte[] mask = new byte[CPU_SET_BYTES];
        for (long c : cpus) {
            if (c < 0 || c >= mask.length * 8L) {
                return "EINVAL";
            }
            mask[(int) (c / 8)] |= (byte) (1 << (c % 8));
        }
        try {
            return Libc.c().sched_setaffinity((int) pid, mask.length, mask) == 0 ? null : Libc.lastErrno();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return "ENOSYS";
        }
    }

    /**
     * {@code prlimit}: the process's {soft, hard} limit of {@code resource} (-1 for unlimited),
     * after setting it to {@code set} when that is not null; null on failure.
     */
    public long[] rlimit(long pid, int resource, long[] set) {
        long[] old = new long[2];
        try {
            if (Libc.c().prlimit((int) pid, resource, set, old) != 0) {
                return Errno.fail(Libc.lastErrno());
            }
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Errno.fail("ENOSYS");
        }
        return old;
    }

    private static final int PRIO_PROCESS = 0;

    /** {@code setpriority(PRIO_PROCESS, pid, nice)}: null when done, else the errno name. */
    public String setNice(long pid, int nice) {
        dev.pyhost.shims.os.SystemCalls calls = dev.pyhost.shims.os.SystemCalls.get();
        if (calls == null) {
            return "ENOSYS";
        }
        int errno = calls.setpriority(PRIO_PROCESS, (int) pid, nice);
        return errno == 0 ? null : Libc.errnoName(errno);
    }

    private static final int IOPRIO_WHO_PROCESS = 1;
    private static final int IOPRIO_CLASS_SHIFT = 13;

    /** {@code ioprio_get}: {class, value}; null on failure. */
    public long[] ionice(long pid) {
        long[] calls = Libc.ioprioSyscalls();
        if (calls == null) {
            return Errno.fail("ENOSYS");
        }
        try {
            long prio = Libc.c().syscall(calls[0], IOPRIO_WHO_PROCESS, (int) pid);
            if (prio < 0) {
                return Errno.fail(Libc.lastErrno());
            }
            return new long[] {prio >> IOPRIO_CLASS_SHIFT, prio & 0xff};
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Errno.fail("ENOSYS");
        }
    }

    /** {@code ioprio_set}: null when done, else the errno name. */
    public String setIonice(long pid, int ioclass, int value) {
        long[] calls = Libc.ioprioSyscalls();
        if (calls == null) {
            return "ENOSYS";
        }
        try {
            long rc = Libc.c().syscall(calls[1], IOPRIO_WHO_PROCESS, (int) pid, (ioclass << IOPRIO_CLASS_SHIFT) | value);
            return rc == 0 ? null : Libc.lastErrno();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return "ENOSYS";
        }
    }

    /**
     * The process's mappings from {@code /proc/PID/smaps}: address range, permissions, path
     * ("[anon]" for none), then rss, size, pss, shared_clean, shared_dirty, private_clean,
     * private_dirty, referenced, anonymous, swap in bytes, repeated; null on failure.
     */
    public String[] memoryMaps(long pid) {
        List<String> lines;
        try {
            lines = Files.readAllLines(PROC.resolve(pid + "/smaps"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Errno.fail(e);
        }
        String[] keys = {"Rss:", "Size:", "Pss:", "Shared_Clean:", "Shared_Dirty:", "Private_Clean:",
                "Private_Dirty:", "Referenced:", "Anonymous:", "Swap:"};
        List<String> out = new ArrayList<>();
        long[] values = null;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+", 6);
            if (f.length == 0 || f[0].isEmpty()) {
                continue;
            }
            if (!f[0].endsWith(":")) { // a mapping's header: address perms offset dev inode [path]
                if (values != null) {
                    flush(out, values);
                }
                String path = f.length == 6 ? f[5].trim() : "";
                out.add(f[0]);
                out.add(f.length > 1 ? f[1] : "");
                out.add(path.isEmpty() ? "[anon]" : deletedSuffixDropped(path));
                values = new long[keys.length];
                continue;
            }
            if (values != null && f.length >= 2) {
                for (int k = 0; k < keys.length; k++) {
                    if (f[0].equals(keys[k])) {
                        values[k] = parseLong(f[1]) * 1024;
                    }
                }
            }
        }
        if (values != null) {
            flush(out, values);
        }
        return out.toArray(new String[0]);
    }

    private static void flush(List<String> out, long[] values) {
        for (long v : values) {
            out.add(Long.toString(v));
        }
    }

    /** psutil drops " (deleted)" from a mapped file's path unless a file of that name exists. */
    private static String deletedSuffixDropped(String path) {
        if (path.endsWith(" (deleted)") && !Files.exists(Path.of(path))) {
            return path.substring(0, path.length() - " (deleted)".length());
        }
        return path;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Regular files open: path, fd, position, flags, repeated. */
    public String[] openFiles(long pid) {
        List<String> out = new ArrayList<>();
        List<Path> fds = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
            ds.forEach(fds::add);
        } catch (IOException e) {
            return Errno.fail(e);
        }
        fds.sort((a, b) -> Long.compare(Long.parseLong(a.getFileName().toString()), Long.parseLong(b.getFileName().toString())));
        for (Path fd : fds) {
            String target;
            try {
                target = Files.readSymbolicLink(fd).toString();
            } catch (IOException e) {
                continue; // closed meanwhile
            }
            if (!target.startsWith("/") || !Files.isRegularFile(Path.of(target))) {
                continue;
            }
            String name = fd.getFileName().toString();
            String pos = "0";
            String flags = "0";
            try {
                Map<String, String> info = ProcFs.keyed(new String(proc.pidFile(pid, "fdinfo/" + name), StandardCharsets.US_ASCII));
                pos = info.getOrDefault("pos", "0");
                flags = Long.toString(Long.parseLong(info.getOrDefault("flags", "0"), 8));
            } catch (IOException | NumberFormatException ignored) {
                // fd closed between the listing and the read: psutil skips it too
                continue;
            }
            Collections.addAll(out, target, name, pos, flags);
        }
        return out.toArray(new String[0]);
    }

    /** The threads: id, utime ticks, stime ticks, repeated. */
    public long[] threads(long pid) {
        List<Path> tasks = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC.resolve(pid + "/task"))) {
            ds.forEach(tasks::add);
        } catch (IOException e) {
            return Errno.fail(e);
        }
        List<long[]> rows = new ArrayList<>();
        for (Path t : tasks) {
            try {
                String[] f = ProcFs.statFields(Files.readAllBytes(t.resolve("stat")));
                rows.add(new long[] {Long.parseLong(t.getFileName().toString()), num(f, 11), num(f, 12)});
            } catch (IOException | NumberFormatException ignored) {
                // the thread ended meanwhile
            }
        }
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] out = new long[rows.size() * 3];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, out, i * 3, 3);
        }
        return out;
    }

    /** Every process's pid and ppid, pairs in pid order (for children()). */
    public long[] ppidMap() {
        long[] pids = proc.pids();
        if (pids == null) {
            return null;
        }
        long[] out = new long[pids.length * 2];
        int n = 0;
        for (long pid : pids) {
            try {
                String[] f = ProcFs.statFields(proc.pidFile(pid, "stat"));
                out[n++] = pid;
                out[n++] = num(f, 1);
            } catch (IOException ignored) {
                // gone meanwhile
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** kill(2): null when sent, otherwise the errno name. */
    public String sendSignal(long pid, int sig) {
        return Libc.kill(pid, sig);
    }

    /** A user name for a uid, or null when the password database lacks it. */
    public String userName(long uid) {
        Map<Long, String> m = users;
        if (m == null || !m.containsKey(uid)) {
            m = new HashMap<>();
            try {
                for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                    String[] f = line.split(":");
                    if (f.length > 2) {
                        try {
                            m.putIfAbsent(Long.parseLong(f[2]), f[0]);
                        } catch (NumberFormatException ignored) {
                            // a malformed line
                        }
                    }
                }
            } catch (IOException ignored) {
                // no password file: numeric names
            }
            users = m;
        }
        return m.get(uid);
    }

    // ============================================================================= system

    private static final String[] MEMINFO_KEYS = {
        "MemTotal", "MemFree", "Buffers", "Cached", "SReclaimable", "Shmem", "Active", "Inactive", "Slab",
        "MemAvailable", "SwapTotal", "SwapFree", "Active(file)", "Inactive(file)",
    };

    /** /proc/meminfo in bytes, in MEMINFO_KEYS order; -1 for a field the kernel lacks. */
    public long[] meminfo() {
        Map<String, String> m;
        try {
            m = ProcFs.keyed(proc.text("meminfo"));
        } catch (IOException e) {
            return Errno.fail(e);
        }
        long[] out = new long[MEMINFO_KEYS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ProcFs.kb(m.get(MEMINFO_KEYS[i]));
        }
        return out;
    }

    /** pswpin, pswpout (pages) from /proc/vmstat. */
    public long[] swapInOut() {
        long in = 0;
        long out = 0;
        try {
            for (String line : proc.text("vmstat").split("\n")) {
                if (line.startsWith("pswpin ")) {
                    in = Long.parseLong(line.substring(7).trim());
                } else if (line.startsWith("pswpout ")) {
                    out = Long.parseLong(line.substring(8).trim());
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return new long[] {in, out};
    }

    /**
     * /proc/stat's cpu lines in seconds (ticks / {@link #clockTicks()}, as psutil divides): 10
     * fields per row, the total row alone, or with {@code percpu} one row per cpu and no total.
     * Parsed from the bytes: this runs on every {@code cpu_percent()} of a monitoring loop.
     */
    public double[] cpuSeconds(boolean percpu) {
        byte[] data;
        try {
            data = proc.read("stat");
        } catch (IOException e) {
            return Errno.fail(e);
        }
        double ticks = clockTicks();
        double[] out = new double[percpu ? 10 * 64 : 10];
        int rows = 0;
        int i = 0;
        while (i + 3 < data.length && data[i] == 'c' && data[i + 1] == 'p' && data[i + 2] == 'u') {
            boolean total = data[i + 3] == ' ';
            i += 3;
            while (i < data.length && data[i] != ' ') {
                i++; // the cpu number
            }
            if (total == percpu) {
                i = nextLine(data, i);
                continue;
            }
            if ((rows + 1) * 10 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            for (int f = 0; f < 10; f++) {
                while (i < data.length && data[i] == ' ') {
                    i++;
                }
                long v = 0;
                while (i < data.length && data[i] >= '0' && data[i] <= '9') {
                    v = v * 10 + (data[i++] - '0');
                }
                out[rows * 10 + f] = v / ticks; // a field the kernel lacks stays 0
            }
            rows++;
            i = nextLine(data, i);
            if (!percpu) {
                break;
            }
        }
        return rows * 10 == out.length ? out : Arrays.copyOf(out, rows * 10);
    }

    private static int nextLine(byte[] data, int i) {
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    /** ctx_switches, interrupts, soft_interrupts, boot time (seconds) from /proc/stat. */
    public long[] statCounters() {
        long ctxt = 0;
        long intr = 0;
        long soft = 0;
        long btime = 0;
        try {
            for (String line : proc.text("stat").split("\n")) {
                if (line.startsWith("ctxt ")) {
                    ctxt = Long.parseLong(line.substring(5).trim());
                } else if (line.startsWith("intr ")) {
                    intr = Long.parseLong(line.substring(5).trim().split(" ")[0]);
                } else if (line.startsWith("softirq ")) {
                    soft = Long.parseLong(line.substring(8).trim().split(" ")[0]);
                } else if (line.startsWith("btime ")) {
                    btime = Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return new long[] {ctxt, intr, soft, btime};
    }

    /** The load averages as getloadavg(3) gives them (sysinfo's fixed point), else /proc/loadavg. */
    public double[] loadavg() {
        try {
            com.sun.jna.platform.linux.LibC.Sysinfo info = new com.sun.jna.platform.linux.LibC.Sysinfo();
            if (com.sun.jna.platform.linux.LibC.INSTANCE.sysinfo(info) == 0) {
                double[] out = new double[3];
                for (int i = 0; i < 3; i++) {
                    out[i] = info.loads[i].longValue() / 65536.0;
                }
                return out;
            }
        } catch (Throwable ignored) {
            // no JNA here: the two decimals of /proc/loadavg
        }
        try {
            String[] f = proc.text("loadavg").trim().split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    /** Online logical CPUs (the cpuN lines of /proc/stat, as sysconf counts them). */
    public long cpuCountLogical() {
        double[] rows = cpuSeconds(true);
        if (rows == null || rows.length == 0) {
            return oshi.logicalCpus();
        }
        return rows.length / 10;
    }

    /** Physical cores: distinct core sibling sets in sysfs, else OSHI's count; 0 for unknown. */
    public long cpuCountPhysical() {
        Set<String> cores = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/sys/devices/system/cpu"), "cpu[0-9]*")) {
            for (Path cpu : ds) {
                Path list = cpu.resolve("topology/core_cpus_list");
                if (!Files.exists(list)) {
                    list = cpu.resolve("topology/thread_siblings_list");
                }
                if (Files.exists(list)) {
                    cores.add(Files.readString(list).trim());
                }
            }
        } catch (IOException ignored) {
            // no sysfs
        }
        return cores.isEmpty() ? oshi.physicalCpus() : cores.size();
    }

    /** cur, min, max in MHz per cpu (triples); from cpufreq, else /proc/cpuinfo's "cpu MHz". */
    public double[] cpuFreq() {
        List<double[]> rows = new ArrayList<>();
        List<Path> policies = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/sys/devices/system/cpu/cpufreq"), "policy[0-9]*")) {
            ds.forEach(policies::add);
        } catch (IOException ignored) {
            // no cpufreq: cpuinfo below
        }
        if (policies.isEmpty()) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/sys/devices/system/cpu"), "cpu[0-9]*")) {
                for (Path p : ds) {
                    if (Files.isDirectory(p.resolve("cpufreq"))) {
                        policies.add(p.resolve("cpufreq"));
                    }
                }
            } catch (IOException ignored) {
                // none
            }
        }
        policies.sort((a, b) -> Integer.compare(digits(a), digits(b)));
        for (Path p : policies) {
            double cur = khz(p.resolve("scaling_cur_freq"));
            if (cur < 0) {
                cur = khz(p.resolve("cpuinfo_cur_freq"));
            }
            rows.add(new double[] {cur, Math.max(0, khz(p.resolve("scaling_min_freq"))), Math.max(0, khz(p.resolve("scaling_max_freq")))});
        }
        if (rows.isEmpty()) {
            try {
                for (String line : proc.text("cpuinfo").split("\n")) {
                    if (line.toLowerCase().startsWith("cpu mhz")) {
                        rows.add(new double[] {Double.parseDouble(line.substring(line.indexOf(':') + 1).trim()), 0, 0});
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // none
            }
        }
        double[] out = new double[rows.size() * 3];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, out, i * 3, 3);
        }
        return out;
    }

    private static int digits(Path p) {
        String s = p.getFileName().toString().equals("cpufreq") ? p.getParent().getFileName().toString() : p.getFileName().toString();
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d);
    }

    private static double khz(Path p) {
        try {
            return Long.parseLong(Files.readString(p).trim()) / 1000.0;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** statvfs figures: total, free for root (f_bfree), available to users (f_bavail), in bytes. */
    public long[] diskUsage(String path) {
        try {
            FileStore fs = Files.getFileStore(Path.of(path));
            return new long[] {fs.getTotalSpace(), fs.getUnallocatedSpace(), fs.getUsableSpace()};
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    /** Mounted filesystems (device, mountpoint, fstype, opts, repeated) and the physical types. */
    public String[] mounts() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : proc.text("self/mounts").split("\n")) {
                String[] f = line.split(" ");
                if (f.length >= 4) {
                    Collections.addAll(out, unescape(f[0]), unescape(f[1]), f[2], f[3]);
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    /** Filesystem types backed by a device ("nodev" ones left out, zfs kept), from /proc/filesystems. */
    public String[] physicalFsTypes() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : proc.text("filesystems").split("\n")) {
                if (!line.startsWith("nodev")) {
                    out.add(line.trim());
                } else if (line.trim().equals("nodev\tzfs") || line.endsWith("zfs")) {
                    out.add("zfs");
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()) {
                try {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException ignored) {
                    // a plain backslash
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * /proc/diskstats: per device, its name then reads, reads merged, sectors read, read ms,
     * writes, writes merged, sectors written, write ms, busy ms; and whether it is a whole disk
     * (listed in /sys/block), as 1 or 0. Names and numbers in one String array, 11 per device.
     */
    public String[] diskStats() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : proc.text("diskstats").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 14) {
                    continue;
                }
                String name = f[2];
                boolean disk = Files.exists(Path.of("/sys/block", name.replace('/', '!')));
                Collections.addAll(out, name, f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[12], disk ? "1" : "0");
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    /**
     * /proc/net/dev: per interface its name, then bytes_sent, bytes_recv, packets_sent,
     * packets_recv, errin, errout, dropin, dropout (9 strings per interface).
     */
    public String[] netDev() {
        List<String> out = new ArrayList<>();
        try {
            String[] lines = proc.text("net/dev").split("\n");
            for (int i = 2; i < lines.length; i++) {
                int colon = lines[i].lastIndexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = lines[i].substring(0, colon).trim();
                String[] f = lines[i].substring(colon + 1).trim().split("\\s+");
                Collections.addAll(out, name, f[8], f[0], f[9], f[1], f[2], f[10], f[3], f[11]);
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    /** Interface names in ifindex order: /sys/class/net, else what Java enumerates. */
    private static List<String> interfaceNames() throws IOException {
        List<String[]> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/sys/class/net"))) {
            for (Path p : ds) {
                String index;
                try {
                    index = Files.readString(p.resolve("ifindex")).trim();
                } catch (IOException e) {
                    index = "0";
                }
                found.add(new String[] {index, p.getFileName().toString()});
            }
        } catch (IOException e) {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                found.add(new String[] {Integer.toString(nic.getIndex()), nic.getName()});
            }
        }
        found.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        List<String> names = new ArrayList<>();
        for (String[] f : found) {
            names.add(f[1]);
        }
        return names;
    }

    private static long ifFlags(String name) {
        Path sys = Path.of("/sys/class/net", name);
        long flags;
        try {
            flags = Long.decode(Files.readString(sys.resolve("flags")).trim());
        } catch (IOException | NumberFormatException e) {
            try {
                NetworkInterface nic = NetworkInterface.getByName(name);
                flags = nic == null ? 0 : (nic.isUp() ? 1 : 0) | (nic.isLoopback() ? 8 : 0);
            } catch (IOException e2) {
                flags = 0;
            }
        }
        try {
            // the kernel derives IFF_RUNNING (as SIOCGIFFLAGS reports it) from the carrier
            if ((flags & 1) != 0 && Files.readString(sys.resolve("carrier")).trim().equals("1")) {
                flags |= 0x40;
            }
        } catch (IOException ignored) {
            // no carrier file: not running
        }
        return flags;
    }

    /**
     * Addresses per interface, as getifaddrs(3) lists them: name, family (2, 10 or 17), address,
     * netmask, broadcast ("" for none), repeated; IPv4 first, then IPv6, then the link address.
     */
    public String[] netIfAddrs() {
        List<String> out = new ArrayList<>();
        try {
            List<String[]> inet6 = new ArrayList<>();
            try {
                for (String line : proc.text("net/if_inet6").split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 6) {
                        inet6.add(f);
                    }
                }
            } catch (IOException ignored) {
                // no IPv6
            }
            for (String name : interfaceNames()) {
                long flags = ifFlags(name);
                boolean broadcast = (flags & 2) != 0;
                NetworkInterface nic = NetworkInterface.getByName(name);
                if (nic != null) {
                    for (InterfaceAddress ia : nic.getInterfaceAddresses()) {
                        InetAddress a = ia.getAddress();
                        if (a instanceof Inet4Address) {
                            Collections.addAll(out, name, "2", a.getHostAddress(), mask4(ia.getNetworkPrefixLength()),
                                    broadcast && ia.getBroadcast() != null ? ia.getBroadcast().getHostAddress() : "");
                        }
                    }
                }
                for (String[] f : inet6) {
                    if (!f[5].equals(name)) {
                        continue;
                    }
                    StringBuilder full = new StringBuilder();
                    for (int i = 0; i < 32; i += 4) {
                        if (i > 0) {
                            full.append(':');
                        }
                        full.append(f[0], i, i + 4);
                    }
                    String shown = compress6(full.toString());
                    if (Integer.parseInt(f[3], 16) == 0x20) {
                        shown = shown + "%" + name;
                    }
                    Collections.addAll(out, name, "10", shown, mask6(Integer.parseInt(f[2], 16)), "");
                }
                Path sys = Path.of("/sys/class/net", name);
                String mac = null;
                try {
                    mac = Files.readString(sys.resolve("address")).trim();
                } catch (IOException e) {
                    byte[] hw = nic == null ? null : nic.getHardwareAddress();
                    mac = hw == null ? null : hex(hw);
                }
                if (mac != null && !mac.isEmpty()) {
                    String bcast = "";
                    if (broadcast) {
                        try {
                            bcast = Files.readString(sys.resolve("broadcast")).trim();
                        } catch (IOException ignored) {
                            bcast = "ff:ff:ff:ff:ff:ff";
                        }
                    }
                    Collections.addAll(out, name, "17", mac, "", bcast);
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    private static String hex(byte[] mac) {
        StringBuilder b = new StringBuilder();
        for (byte x : mac) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(String.format("%02x", x & 0xff));
        }
        return b.toString();
    }

    private static String mask4(int prefix) {
        long m = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return ((m >> 24) & 0xff) + "." + ((m >> 16) & 0xff) + "." + ((m >> 8) & 0xff) + "." + (m & 0xff);
    }

    private static String mask6(int prefix) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            int bits = Math.max(0, Math.min(16, prefix - i * 16));
            groups[i] = bits == 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                b.append(':');
            }
            b.append(Integer.toHexString(groups[i]));
        }
        return compress6(b.toString());
    }

    /** An IPv6 address in the shortest form (the longest run of zero groups as ::). */
    static String compress6(String full) {
        String[] g = full.split(":", -1);
        if (g.length != 8) {
            return full;
        }
        for (int i = 0; i < 8; i++) {
            g[i] = Integer.toHexString(Integer.parseInt(g[i].isEmpty() ? "0" : g[i], 16));
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i].equals("0")) {
                int j = i;
                while (j < 8 && g[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return String.join(":", g);
        }
        String left = String.join(":", Arrays.copyOfRange(g, 0, bestStart));
        String right = String.join(":", Arrays.copyOfRange(g, bestStart + bestLen, 8));
        return left + "::" + right;
    }

    /** Per interface: name, isup (0/1), duplex (0 unknown, 1 half, 2 full), speed (Mb/s), mtu, flags. */
    public String[] netIfStats() {
        List<String> out = new ArrayList<>();
        try {
            for (String name : interfaceNames()) {
                Path sys = Path.of("/sys/class/net", name);
                long flags = ifFlags(name);
                String duplex = "0";
                try {
                    String d = Files.readString(sys.resolve("duplex")).trim();
                    duplex = d.equals("full") ? "2" : d.equals("half") ? "1" : "0";
                } catch (IOException ignored) {
                    // no duplex for virtual interfaces
                }
                long speed = 0;
                try {
                    speed = Math.max(0, Long.parseLong(Files.readString(sys.resolve("speed")).trim()));
                } catch (IOException | NumberFormatException ignored) {
                    // unknown
                }
                long mtu;
                try {
                    mtu = Long.parseLong(Files.readString(sys.resolve("mtu")).trim());
                } catch (IOException | NumberFormatException e) {
                    NetworkInterface nic = NetworkInterface.getByName(name);
                    mtu = nic == null ? 0 : nic.getMTU();
                }
                Collections.addAll(out, name, (flags & 1) != 0 ? "1" : "0", duplex, Long.toString(speed),
                        Long.toString(mtu), flagNames(flags));
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    private static final String[] IFF = {
        "up", "broadcast", "debug", "loopback", "pointopoint", "notrailers", "running", "noarp", "promisc",
        "allmulti", "master", "slave", "multicast", "portsel", "automedia", "dynamic",
    };

    private static String flagNames(long flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < IFF.length; i++) {
            if ((flags & (1L << i)) != 0) {
                names.add(IFF[i]);
            }
        }
        return String.join(",", names);
    }

    /**
     * Sockets from /proc/net/{tcp,tcp6,udp,udp6}: per socket inode, local ip, local port,
     * remote ip, remote port, state (hex), 6 strings each; from /proc/net/unix: inode, path,
     * type, state. Ports "-1" mean no address.
     */
    public String[] netSockets(String kind) {
        List<String> out = new ArrayList<>();
        try {
            String[] lines = proc.text("net/" + kind).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].trim().split("\\s+");
                if (kind.equals("unix")) {
                    if (f.length >= 7) {
                        Collections.addAll(out, f[6], f.length > 7 ? f[7] : "", Long.toString(Long.parseLong(f[4], 16)),
                                Long.toString(Long.parseLong(f[5], 16)));
                    }
                } else if (f.length >= 10) {
                    String[] l = f[1].split(":");
                    String[] r = f[2].split(":");
                    Collections.addAll(out, f[9], ip(l[0]), Integer.toString(Integer.parseInt(l[1], 16)),
                            ip(r[0]), Integer.toString(Integer.parseInt(r[1], 16)), f[3]);
                }
            }
        } catch (NoSuchFileException e) {
            return new String[0];
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    /** A /proc/net address: 8 hex digits (IPv4) or 32 (IPv6), each 32-bit word in host order. */
    static String ip(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int w = 0; w < b.length / 4; w++) {
            long word = Long.parseLong(hex.substring(w * 8, w * 8 + 8), 16);
            for (int k = 0; k < 4; k++) {
                b[w * 4 + k] = (byte) (word >> (8 * k)); // little-endian host
            }
        }
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        if (mapped) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                s.append(':');
            }
            s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)));
        }
        return compress6(s.toString());
    }

    /** Socket inodes a process holds open: fd and inode, repeated (as strings). */
    public String[] socketInodes(long pid) {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
            for (Path fd : ds) {
                try {
                    String t = Files.readSymbolicLink(fd).toString();
                    if (t.startsWith("socket:[")) {
                        Collections.addAll(out, fd.getFileName().toString(), t.substring(8, t.length() - 1));
                    }
                } catch (IOException ignored) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return Errno.fail(e);
        }
        return out.toArray(new String[0]);
    }

    // ============================================================================= OSHI

    /** Logged-in users: name, terminal, host, login time (seconds), pid; 5 strings each. */
    public String[] users() {
        return oshi.users();
    }

    /** Temperatures OSHI reads: label and degrees Celsius (CPU package only), or empty. */
    /** {@link SysfsSensors#temperatures()} of the /sys at {@code sysRoot}. */
    public String[] sysfsTemperatures(String sysRoot) {
        return new SysfsSensors(Path.of(sysRoot)).temperatures().toArray(String[]::new);
    }

    /** {@link SysfsSensors#fans()} of the /sys at {@code sysRoot}. */
    public String[] sysfsFans(String sysRoot) {
        return new SysfsSensors(Path.of(sysRoot)).fans().toArray(String[]::new);
    }

    /**
     * {@link SysfsSensors#battery()} of the /sys at {@code sysRoot}: empty without a battery, null
     * when power_supply cannot be listed.
     */
    public String[] sysfsBattery(String sysRoot) {
        try {
            List<String> pairs = new SysfsSensors(Path.of(sysRoot)).battery();
            return pairs == null ? new String[0] : pairs.toArray(String[]::new);
        } catch (IOException e) {
            return Errno.fail(e);
        }
    }

    public double cpuTemperature() {
        return oshi.cpuTemperature();
    }

    public long[] fanSpeeds() {
        return oshi.fanSpeeds();
    }

    /** percent, seconds left (-1 unknown, -2 unlimited), plugged (0/1); null without a battery. */
    public double[] battery() {
        return oshi.battery();
    }
}
