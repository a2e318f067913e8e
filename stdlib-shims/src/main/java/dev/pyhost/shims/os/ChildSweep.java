package dev.pyhost.shims.os;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Children whose status their callers take themselves ({@link Child#watch}): one not yet reaped a
 * second after its start gets a reaper thread, so that a child no one waits for does not stay a
 * zombie in a long-lived JVM (the daemon's), as one of a CPython process would not outlive it.
 * Until then an ended child is a zombie, as under CPython until its {@code Popen} waits. One
 * timer for all of them, armed while any is watched.
 */
final class ChildSweep {
    private static final long AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final List<Watched> WATCHED = new ArrayList<>();
    private static boolean armed;

    private record Watched(Child child, long since) {
    }

    private ChildSweep() {
    }

    static void watch(Child child) {
        synchronized (WATCHED) {
            WATCHED.add(new Watched(child, System.nanoTime()));
            if (!armed) {
                armed = true;
                arm();
            }
        }
    }

    private static void arm() {
        CompletableFuture.delayedExecutor(AFTER_NANOS, TimeUnit.NANOSECONDS, Runnable::run).execute(ChildSweep::sweep);
    }

    private static void sweep() {
        List<Child> due = new ArrayList<>();
        synchronized (WATCHED) {
            long now = System.nanoTime();
            WATCHED.removeIf(w -> {
                if (w.child().statusKnown()) {
                    return true;
                }
                if (now - w.since() >= AFTER_NANOS) {
                    due.add(w.child());
                    return true;
                }
                return false;
            });
            armed = !WATCHED.isEmpty();
            if (armed) {
                arm();
            }
        }
        due.forEach(Child::startReaper);
    }
}
