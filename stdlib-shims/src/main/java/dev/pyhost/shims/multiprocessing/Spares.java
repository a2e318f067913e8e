package dev.pyhost.shims.multiprocessing;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;
import dev.pyhost.spi.Stdio;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Interpreter states opened ahead of need, so that {@code Process.start()} does not wait for a
 * session to open and import {@code multiprocessing}: once a parent has started one child, one
 * spare per (engine, working directory, environment, streams) is kept warm in the background.
 * A spare that no longer matches the parent's settings is never used; the parent's exit closes
 * the spares of its settings.
 */
final class Spares {
    private static final Map<String, ConcurrentLinkedQueue<PyHost>> READY = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> WARMING = new ConcurrentHashMap<>();

    private Spares() {
    }

    static String key(Engine engine, Stdio stdio, String cwd, Map<String, String> env) {
        return engine + "\0" + System.identityHashCode(stdio) + "\0" + cwd + "\0" + new java.util.TreeMap<>(env);
    }

    /** A warm host for these settings, or a new one; either way a spare is warmed for the next. */
    static PyHost take(Engine engine, Stdio stdio, String cwd, Map<String, String> env) {
        String key = key(engine, stdio, cwd, env);
        ConcurrentLinkedQueue<PyHost> q = READY.get(key);
        PyHost h = q == null ? null : q.poll();
        warm(key, engine, stdio, cwd, env);
        return h != null ? h : build(engine, stdio, cwd, env);
    }

    private static void warm(String key, Engine engine, Stdio stdio, String cwd, Map<String, String> env) {
        if (WARMING.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                PyHost h = build(engine, stdio, cwd, env);
                h.exec("import multiprocessing");
                READY.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(h);
            } catch (RuntimeException e) {
                // no spare this time: the next child opens its own session
            } finally {
                WARMING.remove(key);
            }
        }, "pyhost-child-spare");
        t.setDaemon(true);
        t.start();
    }

    /** Closes the spares kept for children of this parent's engine and streams (it is exiting). */
    static void drop(Engine engine, Stdio stdio) {
        String prefix = engine + "\0" + System.identityHashCode(stdio) + "\0";
        for (String key : READY.keySet()) {
            if (key.startsWith(prefix)) {
                ConcurrentLinkedQueue<PyHost> q = READY.remove(key);
                if (q != null) {
                    for (PyHost h; (h = q.poll()) != null; ) {
                        h.close();
                    }
                }
            }
        }
    }

    static PyHost build(Engine engine, Stdio stdio, String cwd, Map<String, String> env) {
        PyHost.Builder b = PyHost.newBuilder().engine(engine).workingDirectory(Path.of(cwd)).environment(env)
                .stdin(new ByteArrayInputStream(new byte[0]));
        if (!stdio.inheritedOut()) {
            b.stdout(stdio.out());
        }
        if (!stdio.inheritedErr()) {
            b.stderr(stdio.err());
        }
        return b.build();
    }
}
