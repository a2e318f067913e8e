package dev.pyhost.shims.psutil;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Why the last read of this thread failed, as the errno name psutil reacts to. A core method
 * returns {@code null} on failure and the glue asks {@link PsutilCore#lastError()} why: one cheap
 * call on the rare failure path instead of an exception crossing into each engine its own way.
 */
final class Errno {
    static final String ENOENT = "ENOENT";
    static final String EACCES = "EACCES";
    static final String EPERM = "EPERM";
    static final String ESRCH = "ESRCH";
    static final String EIO = "EIO";

    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    private Errno() {
    }

    static <T> T fail(String errno) {
        LAST.set(errno);
        return null;
    }

    static <T> T fail(IOException e) {
        return fail(of(e));
    }

    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("No such process")) {
            return ESRCH;
        }
        if (m.contains("Permission denied")) {
            return EACCES;
        }
        if (m.contains("Operation not permitted")) {
            return EPERM;
        }
        if (m.contains("No such file")) {
            return ENOENT;
        }
        return EIO + ":" + m;
    }

    static String last() {
        String e = LAST.get();
        LAST.remove();
        return e == null ? EIO : e;
    }
}
