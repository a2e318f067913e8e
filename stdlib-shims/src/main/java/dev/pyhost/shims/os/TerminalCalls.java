package dev.pyhost.shims.os;

/**
 * The C library's terminal calls behind Python's {@code termios}: {@code tcgetattr(3)} and
 * {@code tcsetattr(3)} with {@code struct termios} as its fields, and the line controls. Results
 * come back with the C {@code errno} as a value, never thrown.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxTerminalCalls});
 * {@link #get()} is null where that is not available.
 */
public interface TerminalCalls {
    static TerminalCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * {@code tcgetattr}: {errno, iflag, oflag, cflag, lflag, input speed, output speed, then the
     * 32 control characters}; only the errno when it failed.
     */
    long[] getattr(int fd);

    /** {@code tcsetattr} with those fields (as {@link #getattr} gives them, without the errno): 0 or errno. */
    int setattr(int fd, int when, long[] fields);

    /** {@code tcsendbreak}, {@code tcdrain}, {@code tcflush} or {@code tcflow}, named: 0 or errno. */
    int control(String call, int fd, int argument);

    final class Holder {
        static final TerminalCalls INSTANCE = load();

        private Holder() {
        }

        private static TerminalCalls load() {
            return LinuxCalls.load(TerminalCalls.class, "LinuxTerminalCalls");
        }
    }
}
