package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.errno;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** {@link FileControl} on Linux, through the C library. */
final class LinuxFileControl implements FileControl {
    private static final int EINTR = 4;
    private final LazyDowncall fcntlLong = fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private final LazyDowncall fcntlPointer = fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private final LazyDowncall ioctlLong = fn("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private final LazyDowncall ioctlPointer = fn("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            ERRNO_OPT, Linker.Option.firstVariadicArg(2));
    private final LazyDowncall flock = fn("flock", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), ERRNO_OPT);

    @Override
    public long[] fcntl(int fd, int cmd, long arg) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            while (true) {
                int r = (int) fcntlLong.handle().invokeExact(state, fd, cmd, arg);
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return new long[] {r, e};
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] fcntl(int fd, int cmd, String buffer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = copyIn(arena, buffer);
            while (true) {
                int r = (int) fcntlPointer.handle().invokeExact(state, fd, cmd, buf);
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return new String[] {Integer.toString(r), Integer.toString(e), copyOut(buf, buffer.length())};
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long[] ioctl(int fd, long request, long arg) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            int r = (int) ioctlLong.handle().invokeExact(state, fd, request, arg);
            return new long[] {r, r < 0 ? errno(state) : 0};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String[] ioctl(int fd, long request, String buffer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment buf = copyIn(arena, buffer);
            int r = (int) ioctlPointer.handle().invokeExact(state, fd, request, buf);
            int e = r < 0 ? errno(state) : 0;
            return new String[] {Integer.toString(r), Integer.toString(e), copyOut(buf, buffer.length())};
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int flock(int fd, int operation) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            while (true) {
                int r = (int) flock.handle().invokeExact(state, fd, operation);
                int e = r < 0 ? errno(state) : 0;
                if (e != EINTR) {
                    return e;
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The buffer in native memory; at least 1024 bytes, as CPython's fcntl and ioctl give the call. */
    private static MemorySegment copyIn(Arena arena, String buffer) {
        byte[] b = buffer.getBytes(StandardCharsets.ISO_8859_1);
        MemorySegment m = arena.allocate(Math.max(b.length, 1024));
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        return m;
    }

    private static String copyOut(MemorySegment m, int length) {
        byte[] b = new byte[length];
        MemorySegment.copy(m, ValueLayout.JAVA_BYTE, 0, b, 0, length);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
