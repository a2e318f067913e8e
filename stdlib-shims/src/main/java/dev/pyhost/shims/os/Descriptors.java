package dev.pyhost.shims.os;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.channels.FileChannel;

/**
 * The process's file descriptors behind Java's I/O objects, and Java objects over a descriptor.
 * Jython's "file descriptors" are such objects ({@code os.open} answers a {@code FileIO},
 * {@code os.pipe} two {@code StreamIO}s): the C library's calls need the number behind them.
 * Reads the JDK's private fields, which the launcher opens ({@code --add-opens} of
 * {@code java.base/java.io} and {@code java.base/sun.nio.ch}).
 */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * The descriptor behind {@code io}: a {@link FileDescriptor}, a file stream, a channel of the
     * JDK's (file, pipe end, socket), or an object with a public {@code getChannel()} (Jython's
     * raw I/O); -1 when it is closed or has no descriptor of this process.
     */
    public static int of(Object io) {
        if (io == null) {
            return -1;
        }
        try {
            if (io instanceof FileDescriptor fd) {
                return number(fd);
            }
            if (io instanceof FileInputStream in) {
                return number(in.getFD());
            }
            if (io instanceof FileOutputStream out) {
                return number(out.getFD());
            }
            for (Class<?> c = io.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == FileDescriptor.class && !Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        return number((FileDescriptor) f.get(io));
                    }
                }
            }
            Method channel = io.getClass().getMethod("getChannel");
            Object ch = channel.invoke(io);
            return ch == null || ch == io ? -1 : of(ch);
        } catch (NoSuchMethodException e) {
            return -1;
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot find the descriptor behind " + io.getClass().getName(), e);
        }
    }

    private static int number(FileDescriptor fd) throws ReflectiveOperationException {
        if (fd == null || !fd.valid()) {
            return -1;
        }
        Field f = FileDescriptor.class.getDeclaredField("fd");
        f.setAccessible(true);
        return f.getInt(fd);
    }

    /** A {@link FileDescriptor} for descriptor {@code fd}: closing what is made on it closes {@code fd}. */
    public static FileDescriptor fileDescriptor(int fd) {
        try {
            FileDescriptor d = new FileDescriptor();
            Field f = FileDescriptor.class.getDeclaredField("fd");
            f.setAccessible(true);
            f.setInt(d, fd);
            return d;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a FileDescriptor", e);
        }
    }

    /**
     * A file channel on descriptor {@code fd}, which closing it closes: read and written as
     * asked, positioned where the descriptor is.
     */
    public static FileChannel channel(int fd, boolean readable, boolean writable) {
        FileDescriptor d = fileDescriptor(fd);
        try {
            Class<?> impl = Class.forName("sun.nio.ch.FileChannelImpl");
            for (Method m : impl.getMethods()) {
                Class<?>[] p = m.getParameterTypes();
                // JDK 21: (fd, path, readable, writable, direct, parent); 25: (..., sync, direct, parent)
                if (m.getName().equals("open") && p.length >= 6 && p[0] == FileDescriptor.class && p[1] == String.class) {
                    Object[] args = new Object[p.length];
                    args[0] = d;
                    args[1] = null;
                    for (int i = 2; i < p.length - 1; i++) {
                        args[i] = false;
                    }
                    args[2] = readable;
                    args[3] = writable;
                    args[p.length - 1] = null;
                    return (FileChannel) m.invoke(null, args);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the streams' channels below
        }
        return readable && !writable ? new FileInputStream(d).getChannel() : new FileOutputStream(d).getChannel();
    }

    /**
     * A new {@code className} made with its public constructor that takes {@code args}, for an
     * engine object over a descriptor whose Python constructor takes something else (Jython's
     * file over a raw stream, with a name of its own, as {@code os.tmpfile} answers).
     */
    public static Object construct(String className, Object... args) {
        try {
            for (java.lang.reflect.Constructor<?> c : Class.forName(className).getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == args.length && fits(p, args)) {
                    return c.newInstance(args);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + className, e);
        }
        throw new IllegalArgumentException(className + " has no constructor for these arguments");
    }

    private static boolean fits(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i] == int.class ? Integer.class : types[i];
            if (args[i] == null ? types[i].isPrimitive() : !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
