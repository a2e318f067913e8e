package dev.pyhost.shims.os;

/**
 * The calls behind Python's {@code fcntl} module: {@code fcntl(2)}, {@code ioctl(2)} and
 * {@code flock(2)} on real descriptors. Results come back with the C {@code errno} as a value,
 * never thrown; buffers (a {@code struct flock}, a {@code struct winsize}) carry bytes one char
 * each (ISO-8859-1), as the shims pass bytes across both engines.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxFileControl}); {@link #get()}
 * is null where that is not available.
 */
public interface FileControl {
    /** This platform's implementation, or null. */
    static FileControl get() {
        return Holder.INSTANCE;
    }

    /** {@code fcntl(fd, cmd, arg)} with an integer argument: {result, errno}. */
    long[] fcntl(int fd, int cmd, long arg);

    /** {@code fcntl(fd, cmd, buffer)}: {result, errno, the buffer as the call left it}. */
    String[] fcntl(int fd, int cmd, String buffer);

    /** {@code ioctl(fd, request, arg)} with an integer argument: {result, errno}. */
    long[] ioctl(int fd, long request, long arg);

    /** {@code ioctl(fd, request, buffer)}: {result, errno, the buffer as the call left it}. */
    String[] ioctl(int fd, long request, String buffer);

    /** {@code flock(fd, operation)}: 0, or the errno. */
    int flock(int fd, int operation);

    final class Holder {
        static final FileControl INSTANCE = load();

        private Holder() {
        }

        private static FileControl load() {
            return LinuxCalls.load(FileControl.class, "LinuxFileControl");
        }
    }
}
