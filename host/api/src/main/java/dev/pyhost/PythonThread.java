package dev.pyhost;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The host's Python main thread: a platform thread with the stack its engine asks for
 * ({@link dev.pyhost.spi.EngineProvider#mainThreadStackBytes()}), so that a script recursing to
 * Python's recursion limit meets {@code RecursionError}, never a JVM stack overflow. All
 * interpreter work of a host runs here, one call at a time; a call made from Python code running
 * on this thread (a Java callback calling back into the host) runs directly.
 */
final class PythonThread {
    private volatile Thread thread;
    private final ExecutorService executor;

    PythonThread(long stackBytes) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "MainThread", stackBytes);
            // not a daemon, as CPython's main thread: threads the script starts inherit that
            // (Jython takes a new thread's daemon flag from the Java thread that starts it)
            t.setDaemon(false);
            thread = t;
            return t;
        });
    }

    <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            return callHere(task);
        }
        Future<T> f = executor.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for Python code", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new EngineException(c.toString(), c);
        }
    }

    private static <T> T callHere(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new EngineException(e.toString(), e);
        }
    }

    void shutdown() {
        executor.shutdown();
    }
}
