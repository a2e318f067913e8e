package dev.pyhost.shims.os;

import java.io.IOException;

/** A failed POSIX call: its {@code errno} and the C library's message for it. */
public final class PosixException extends IOException {
    private final int errno;

    public PosixException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
