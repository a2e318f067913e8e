package dev.pyhost.shims.select;

import dev.pyhost.shims.os.PipeEnd;
import dev.pyhost.shims.os.Posix;
import dev.pyhost.shims.os.PosixException;
import dev.pyhost.shims.socket.LocalSockets;
import dev.pyhost.spi.ShimContext;

/** The Java core of the {@code select} overlay: which descriptors are real, and polling them. */
public final class SelectCore {
    private final ShimContext context;
    private final Posix posix = Posix.get();

    public SelectCore(ShimContext context) {
        this.context = context;
    }

    /**
     * True when {@code fd} is a descriptor of this process that the script owns: an open pipe to
     * a child, a local socket, or a standard stream that is the process's own.
     */
    public boolean realFd(int fd) {
        if (posix == null) {
            return false;
        }
        return PipeEnd.isOpen(fd) || LocalSockets.isOpen(fd) || fd >= 0 && fd <= 2 && context.stdio().inherited(fd);
    }

    /** The process's descriptor behind an engine's descriptor object (Jython's os.pipe() ends), or -1. */
    public int descriptor(Object io) {
        return dev.pyhost.shims.os.Descriptors.of(io);
    }

    /**
     * {@code poll(2)} on {@code fds} for {@code events} (POLLIN 1, POLLPRI 2, POLLOUT 4), up to
     * {@code timeoutMillis}: each descriptor's {@code revents}; all zero when interrupted.
     * A negative first element reports a failure: {@code {-errno}}.
     */
    public int[] poll(int[] fds, int[] events, int timeoutMillis) {
        short[] ev = new short[events.length];
        for (int i = 0; i < ev.length; i++) {
            ev[i] = (short) events[i];
        }
        try {
            short[] r = posix.poll(fds, ev, timeoutMillis);
            int[] out = new int[r.length];
            for (int i = 0; i < r.length; i++) {
                out[i] = r[i] & 0xffff;
            }
            return out;
        } catch (PosixException e) {
            return e.errno() == 4 ? new int[fds.length] : new int[] {-e.errno()}; // EINTR: nothing ready yet
        }
    }
}
