package dev.pyhost.shims.termios;

import dev.pyhost.shims.os.TerminalCalls;
import dev.pyhost.shims.subprocess.EngineFds;

/** The Java side of {@code termios}: the real descriptor, and the calls. */
public final class TermiosCore {
    private final TerminalCalls calls = TerminalCalls.get();

    public boolean available() {
        return calls != null;
    }

    public int realFd(Object fd) {
        return EngineFds.real(fd);
    }

    public long[] getattr(int fd) {
        return calls.getattr(fd);
    }

    public int setattr(int fd, int when, long[] fields) {
        return calls.setattr(fd, when, fields);
    }

    public int control(String call, int fd, int argument) {
        return calls.control(call, fd, argument);
    }
}
