package dev.pyhost.shims.coop;

import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one platform thread that carries the virtual threads of a group of greenlets (those of one
 * Python thread). Only one greenlet of a group runs at a time, so one carrier is all a group can
 * use, and with it a switch is a hand-over on one OS thread: on the JDK's shared scheduler the
 * greenlet given the turn is usually taken up by another core, which wakes for it (tens of
 * microseconds on a virtual machine, per switch). The thread ends when its group has been idle a
 * while, and starts again when needed.
 * <p>
 * The JDK's builder of virtual threads on a scheduler of one's own is not public: it takes
 * {@code java.lang} opened to this code (the launcher opens it). Where it is not, the group's
 * greenlets run on the shared scheduler, as every virtual thread does.
 */
final class GreenletCarrier {
    private static final Constructor<?> CUSTOM_SCHEDULER = customScheduler();

    private GreenletCarrier() {
    }

    /** A builder of virtual threads that all run on one new carrier, or null where none can be made. */
    static Thread.Builder.OfVirtual newGroup() {
        if (CUSTOM_SCHEDULER == null) {
            return null;
        }
        ThreadPoolExecutor carrier = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "pyhost-greenlets");
                    t.setDaemon(true);
                    return t;
                });
        carrier.allowCoreThreadTimeOut(true);
        try {
            return (Thread.Builder.OfVirtual) CUSTOM_SCHEDULER.newInstance((Executor) carrier);
        } catch (ReflectiveOperationException | RuntimeException e) {
            carrier.shutdown();
            return null;
        }
    }

    private static Constructor<?> customScheduler() {
        try {
            Constructor<?> c = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder")
                    .getDeclaredConstructor(Executor.class);
            c.setAccessible(true);
            return c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;   // not opened to this code, or a JDK without it
        }
    }
}
