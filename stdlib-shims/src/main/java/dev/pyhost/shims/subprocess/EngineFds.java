package dev.pyhost.shims.subprocess;

import dev.pyhost.shims.os.PipeEnd;

import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.Channel;

/**
 * The operating system's descriptor behind a file descriptor as the engine hands it to Python,
 * for a child that is to inherit it. Neither engine gives Python real descriptors for what it
 * opens itself: GraalPy's Java POSIX layer numbers its own channels ({@code os.pipe()} gives 3
 * and 4 whatever the process holds), and Jython's {@code os.pipe()} gives Java objects. Behind
 * both is a Java channel, and behind a pipe's or file's channel a real descriptor, which the
 * JDK keeps in fields this reads by reflection (the launcher opens {@code java.io} and
 * {@code sun.nio.ch} for it).
 */
public final class EngineFds {
    private EngineFds() {
    }

    /**
     * The real descriptor for {@code fd}: a number Python got from the engine, or (Jython) the
     * object its {@code os.pipe()} or {@code fileno()} gave; -1 when there is none.
     */
    public static int real(Object fd) {
        if (fd instanceof Number n) {
            int v = n.intValue();
            if (PipeEnd.isOpen(v)) {
                return v; // pipes to children are real already
            }
            Channel c = graalPyChannel(v);
            if (v <= 2) {
                // the standard streams are real, unless os.dup2 put another file of GraalPy's there
                int behind = c == null ? -1 : channelFd(c);
                return behind >= 0 ? behind : v;
            }
            if (c == null) {
                return v;
            }
            // GraalPy's own descriptor: never its number, which names another file here
            return channelFd(c);
        }
        Channel c = channelInside(fd);
        return c == null ? -1 : channelFd(c);
    }

    /** GraalPy's channel for one of its descriptors, or null (not GraalPy, or not open). */
    private static Channel graalPyChannel(int fd) {
        try {
            Class<?> contextClass = Class.forName("com.oracle.graal.python.runtime.PythonContext");
            Class<?> nodeClass = Class.forName("com.oracle.truffle.api.nodes.Node");
            Object context = contextClass.getMethod("get", nodeClass).invoke(null, (Object) null);
            Object posix = contextClass.getMethod("getPosixSupport").invoke(context);
            for (int depth = 0; posix != null && depth < 4; depth++) {
                Method get = method(posix.getClass(), "getFileChannel", int.class);
                if (get != null) {
                    return (Channel) get.invoke(posix, fd);
                }
                posix = fieldOfType(posix, posix.getClass().getSuperclass()); // a wrapper's delegate
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not on GraalPy, or its internals changed: the number stays as given
        }
        return null;
    }

    /** A channel held by a Java object (Jython's StreamIO, FileIO), or the object itself. */
    private static Channel channelInside(Object o) {
        if (o instanceof Channel c) {
            return c;
        }
        if (o == null) {
            return null;
        }
        for (Class<?> k = o.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Channel.class.isAssignableFrom(f.getType())) {
                    try {
                        f.setAccessible(true);
                        Object v = f.get(o);
                        if (v != null) {
                            return (Channel) v;
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // not readable: look further
                    }
                }
            }
        }
        return null;
    }

    /** The descriptor behind a JDK channel (pipes, sockets, files), or -1. */
    static int channelFd(Channel c) {
        return c.isOpen() ? channelFd(c, 0) : -1;
    }

    /** The descriptor of {@code c}, or of the channel it wraps (file systems wrap the JDK's). */
    private static int channelFd(Channel c, int depth) {
        int fd = ownFd(c);
        if (fd >= 0 || depth >= 3) {
            return fd;
        }
        for (Class<?> k = c.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    if (f.get(c) instanceof Channel inner && inner != c) {
                        fd = channelFd(inner, depth + 1);
                        if (fd >= 0) {
                            return fd;
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not readable: look further
                }
            }
        }
        return -1;
    }

    private static int ownFd(Channel c) {
        for (Class<?> k = c.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            try {
                Method m = k.getDeclaredMethod("getFDVal");
                m.setAccessible(true);
                return (Integer) m.invoke(c);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not here
            }
            for (Field f : k.getDeclaredFields()) {
                if (f.getType() == FileDescriptor.class) {
                    try {
                        f.setAccessible(true);
                        FileDescriptor d = (FileDescriptor) f.get(c);
                        Field n = FileDescriptor.class.getDeclaredField("fd");
                        n.setAccessible(true);
                        return d == null ? -1 : n.getInt(d);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    private static Method method(Class<?> k, String name, Class<?>... params) {
        for (; k != null; k = k.getSuperclass()) {
            try {
                Method m = k.getDeclaredMethod(name, params);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException | RuntimeException e) {
                // look further up
            }
        }
        return null;
    }

    private static Object fieldOfType(Object o, Class<?> type) throws IllegalAccessException {
        if (type == null) {
            return null;
        }
        for (Field f : o.getClass().getDeclaredFields()) {
            if (type.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                return f.get(o);
            }
        }
        return null;
    }
}
