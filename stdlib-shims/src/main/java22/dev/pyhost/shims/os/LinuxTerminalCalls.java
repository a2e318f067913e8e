package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.Map;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** {@link TerminalCalls} on Linux: glibc's struct termios (4 flag words, c_line, 32 c_cc, speeds). */
final class LinuxTerminalCalls implements TerminalCalls {
    private static final int SIZE = 60;
    private static final int CC = 17;
    private static final int NCCS = 32;
    private final LazyDowncall tcgetattr = fn("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall tcsetattr = fn("tcsetattr",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), ERRNO_OPT);
    private final LazyDowncall cfgetispeed = fn("cfgetispeed", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall cfgetospeed = fn("cfgetospeed", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private final LazyDowncall cfsetispeed = fn("cfsetispeed", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final LazyDowncall cfsetospeed = fn("cfsetospeed", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private final Map<String, LazyDowncall> controls = Map.of(
            "tcsendbreak", fn("tcsendbreak", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT),
            "tcflush", fn("tcflush", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT),
            "tcflow", fn("tcflow", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT));
    private final LazyDowncall tcdrain = fn("tcdrain", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);

    @Override
    public long[] getattr(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment t = arena.allocate(SIZE);
            if ((int) tcgetattr.handle().invokeExact(state, fd, t) != 0) {
                return new long[] {errno(state)};
            }
            long[] out = new long[7 + NCCS];
            for (int i = 0; i < 4; i++) {
                out[1 + i] = Integer.toUnsignedLong(t.get(JAVA_INT, 4L * i));
            }
            out[5] = Integer.toUnsignedLong((int) cfgetispeed.handle().invokeExact(t));
            out[6] = Integer.toUnsignedLong((int) cfgetospeed.handle().invokeExact(t));
            for (int i = 0; i < NCCS; i++) {
                out[7 + i] = Byte.toUnsignedInt(t.get(JAVA_BYTE, CC + i));
            }
            return out;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int setattr(int fd, int when, long[] fields) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment t = arena.allocate(SIZE);
            if ((int) tcgetattr.handle().invokeExact(state, fd, t) != 0) {
                return errno(state);
            }
            for (int i = 0; i < 4; i++) {
                t.set(JAVA_INT, 4L * i, (int) fields[i]);
            }
            for (int i = 0; i < NCCS; i++) {
                t.set(JAVA_BYTE, CC + i, (byte) fields[6 + i]);
            }
            if ((int) cfsetispeed.handle().invokeExact(t, (int) fields[4]) != 0
                    || (int) cfsetospeed.handle().invokeExact(t, (int) fields[5]) != 0) {
                return 22; // EINVAL: a speed the C library does not know
            }
            return (int) tcsetattr.handle().invokeExact(state, fd, when, t) == 0 ? 0 : errno(state);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int control(String call, int fd, int argument) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r;
            if (call.equals("tcdrain")) {
                r = (int) tcdrain.handle().invokeExact(state, fd);
            } else {
                LazyDowncall f = controls.get(call);
                if (f == null) {
                    throw new IllegalArgumentException(call);
                }
                r = (int) f.handle().invokeExact(state, fd, argument);
            }
            return r == 0 ? 0 : errno(state);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
