package dev.pyhost.shims.fcntl;

import dev.pyhost.shims.os.FileControl;
import dev.pyhost.shims.os.OsCore;
import dev.pyhost.shims.subprocess.EngineFds;
import dev.pyhost.spi.ShimContext;

/** The Java side of {@code fcntl}: the real descriptor behind a Python one, and the calls. */
public final class FcntlCore {
    private final FileControl calls = FileControl.get();
    private final boolean ownsProcess;

    public FcntlCore(ShimContext context) {
        ownsProcess = OsCore.ownsProcess(context);
    }

    /**
     * True when this run is the process's only one. Otherwise (a warm run of the daemon, an
     * embedding host's session, a multiprocessing child) record locks, which POSIX keeps per
     * process, would not keep other runs out: the glue takes open file description locks instead.
     */
    public boolean ownsProcess() {
        return ownsProcess;
    }

    /** False where the calls cannot be made (no FFM, not Linux): the module then says so. */
    public boolean available() {
        return calls != null;
    }

    /** The system's descriptor behind what the engine gave Python; -1 when there is none. */
    public int realFd(Object fd) {
        return EngineFds.real(fd);
    }

    public long[] fcntl(int fd, int cmd, long arg) {
        return calls.fcntl(fd, cmd, arg);
    }

    public String[] fcntlBuffer(int fd, int cmd, String buffer) {
        return calls.fcntl(fd, cmd, buffer);
    }

    public long[] ioctl(int fd, long request, long arg) {
        return calls.ioctl(fd, request, arg);
    }

    public String[] ioctlBuffer(int fd, long request, String buffer) {
        return calls.ioctl(fd, request, buffer);
    }

    /**
     * {@code ioctl} on a scratch socket of this process: Jython's sockets (Netty's) have no
     * descriptor of their own to give, and the socket requests scripts make through them ask
     * about the system's interfaces ({@code SIOCGIFADDR} and its kin), which any socket answers.
     */
    public String[] ioctlScratchSocket(boolean inet6, long request, String buffer) throws java.io.IOException {
        java.net.StandardProtocolFamily family = inet6 ? java.net.StandardProtocolFamily.INET6
                : java.net.StandardProtocolFamily.INET;
        try (java.nio.channels.DatagramChannel socket = java.nio.channels.DatagramChannel.open(family)) {
            return calls.ioctl(dev.pyhost.shims.os.Descriptors.of(socket), request, buffer);
        }
    }

    public int flock(int fd, int operation) {
        return calls.flock(fd, operation);
    }
}
