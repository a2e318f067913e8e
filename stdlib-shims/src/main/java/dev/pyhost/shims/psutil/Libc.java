package dev.pyhost.shims.psutil;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The few libc calls Java has no API for: signals other than TERM/KILL, the page size, CPU
 * affinity, resource limits and I/O priority of any process.
 */
final class Libc {
    interface C extends Library {
        int kill(int pid, int sig);

        int getpagesize();

        long sysconf(int name);

        int sched_getaffinity(int pid, long cpusetsize, byte[] mask);

        int sched_setaffinity(int pid, long cpusetsize, byte[] mask);

        int prlimit(int pid, int resource, long[] newLimit, long[] oldLimit);

        long syscall(long number, Object... args);

        int waitpid(int pid, int[] status, int options);
    }

    /** ioprio_get and ioprio_set, which glibc does not wrap: their numbers on this machine, or null. */
    static long[] ioprioSyscalls() {
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> new long[] {252, 251};
            case "aarch64" -> new long[] {31, 30};
            default -> null;
        };
    }

    /** The errno name of the last failed call of this thread. */
    static String lastErrno() {
        return errnoName(Native.getLastError());
    }

    /** An errno as the name psutil's glue reacts to. */
    static String errnoName(int errno) {
        return switch (errno) {
            case 1 -> Errno.EPERM;
            case 3 -> Errno.ESRCH;
            case 13 -> Errno.EACCES;
            case 22 -> "EINVAL";
            default -> "E" + errno;
        };
    }

    private static volatile C lib;

    private Libc() {
    }

    static C c() {
        C l = lib;
        if (l == null) {
            synchronized (Libc.class) {
                if (lib == null) {
                    lib = Native.load("c", C.class);
                }
                l = lib;
            }
        }
        return l;
    }

    /** kill(2): 0, or the errno name. */
    static String kill(long pid, int sig) {
        C l;
        try {
            l = c();
        } catch (Throwable t) {
            return killWithProcessHandle(pid, sig);
        }
        if (l.kill((int) pid, sig) == 0) {
            return null;
        }
        int errno = Native.getLastError();
        return switch (errno) {
            case 1 -> Errno.EPERM;
            case 3 -> Errno.ESRCH;
            case 22 -> "EINVAL";
            default -> "E" + errno;
        };
    }

    /**
     * {@code waitpid(pid, WNOHANG)}: the raw wait status of a child of this process that has
     * ended (and is reaped by this call), or null when it has not ended, is not this process's
     * child, or was reaped by someone else meanwhile.
     */
    static Integer reap(long pid) {
        int[] status = new int[1];
        try {
            return c().waitpid((int) pid, status, 1 /* WNOHANG */) == pid ? status[0] : null;
        } catch (Throwable t) {
            return null; // no libc here: nothing this process can reap
        }
    }

    /** Without libc (no JNA on this platform): TERM and KILL through the JDK, the rest refused. */
    private static String killWithProcessHandle(long pid, int sig) {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return Errno.ESRCH;
        }
        boolean sent = switch (sig) {
            case 0 -> true;
            case 15 -> handle.get().destroy();
            case 9 -> handle.get().destroyForcibly();
            default -> false;
        };
        return sent ? null : Errno.EPERM;
    }
}
