package dev.pyhost.cli.daemon;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Hosts started ahead of their runs: one spare per kind, its engine up and common modules
 * imported, handed out whole to exactly one run (so no state of one run can reach another) and
 * replaced in the background. A run that finds no spare ready starts its own host.
 */
final class WarmHosts implements AutoCloseable {
    /**
     * What a host is fixed to when its session opens.
     *
     * @param lineBuffered Jython only: stdout line-buffered (the client's stdout is a terminal);
     *                     Jython decides its stdout's buffering when the session opens
     * @param unbuffered   {@code -u} or {@code PYTHONUNBUFFERED}
     * @param terminals    which of the client's stdin, stdout, stderr are terminals (bits 0-2):
     *                     what {@code isatty()} answers is fixed when the session opens
     */
    record Kind(Engine engine, boolean lineBuffered, boolean unbuffered, int terminals) {
        static Kind of(Engine engine, boolean[] ttys, boolean unbuffered) {
            int bits = (ttys[0] ? 1 : 0) | (ttys[1] ? 2 : 0) | (ttys[2] ? 4 : 0);
            return new Kind(engine, ttys[1] && !unbuffered && engine == Engine.JYTHON, unbuffered, bits);
        }

        int[] terminalFds() {
            return java.util.stream.IntStream.range(0, 3).filter(fd -> (terminals & (1 << fd)) != 0).toArray();
        }
    }

    /** A started host and the streams that reach it. */
    record Warm(Kind kind, PyHost host, Relay relay, boolean spare) {
        Warm asSpare() {
            return new Warm(kind, host, relay, true);
        }
    }

    /** Imported into every spare: what admin scripts import first. Absent ones are skipped. */
    static final List<String> PY2_MODULES = List.of("os", "subprocess", "ConfigParser", "logging", "re", "time");
    static final List<String> PY3_MODULES = List.of("os", "subprocess", "configparser", "logging", "re", "time");

    private final Map<Kind, BlockingQueue<Warm>> ready = new ConcurrentHashMap<>();
    /**
     * One starter per engine: a slow GraalPy start never holds up a Jython spare, and an engine's
     * spares of different kinds start one after the other (two GraalPy contexts created at once
     * on the shared engine were seen to leave one never finished).
     */
    private final Map<Engine, ExecutorService> starters = new ConcurrentHashMap<>();
    private final Map<String, String> env;
    private final Path cwd;
    private volatile boolean closed;

    WarmHosts(Map<String, String> env, Path cwd) {
        this.env = env;
        this.cwd = cwd;
    }

    /** Keeps a spare of this kind ready from now on. */
    void keepReady(Kind kind) {
        queue(kind);
    }

    /**
     * The spare of this kind, or a host started now when none is ready. The caller calls
     * {@link #refill} when its run has ended, so that making the next spare does not take the
     * processor from the run.
     */
    Warm take(Kind kind) {
        Warm w = queue(kind).poll();
        return w != null ? w : start(kind, env, cwd, List.of());
    }

    /** How many spares are ready, per kind (for status). */
    String describe() {
        StringBuilder b = new StringBuilder();
        ready.forEach((k, q) -> b.append(b.isEmpty() ? "" : ", ").append(k.engine().id())
                .append(k.terminals() != 0 ? " (tty " + java.util.Arrays.toString(k.terminalFds()).replaceAll("[\\[\\] ]", "") + ")" : "").append(k.unbuffered() ? " (-u)" : "").append(' ').append(q.size()));
        return b.toString();
    }

    private BlockingQueue<Warm> queue(Kind kind) {
        return ready.computeIfAbsent(kind, k -> {
            BlockingQueue<Warm> q = new ArrayBlockingQueue<>(1);
            refill(k);
            return q;
        });
    }

    /** Makes a new spare of this kind in the background, unless one is ready. */
    void refill(Kind kind) {
        if (closed) {
            return;
        }
        ExecutorService starter = starters.computeIfAbsent(kind.engine(), k -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pyhost-daemon-warm-" + k.id());
            t.setDaemon(true);
            return t;
        }));
        starter.execute(() -> {
            BlockingQueue<Warm> q = ready.get(kind);
            if (closed || q == null || !q.isEmpty()) {
                return;
            }
            try {
                Warm w = start(kind, env, cwd, List.of()).asSpare();
                if (closed || !q.offer(w)) {
                    w.host().close();
                }
            } catch (RuntimeException | Error e) {
                DaemonServer.log("cannot start a spare " + kind.engine().id() + " host: " + e);
            }
        });
    }

    /** Starts a host of this kind with its engine up and the common modules imported. */
    static Warm start(Kind kind, Map<String, String> env, Path cwd, List<Path> pythonPath) {
        Relay relay = new Relay();
        boolean jython = kind.engine() == Engine.JYTHON;
        PyHost host = PyHost.newBuilder()
                .engine(kind.engine())
                .workingDirectory(cwd)
                .environment(env)
                .stdin(relay.in)
                .stdout(relay.out)
                .stderr(relay.err)
                .pythonPath(pythonPath)
                .unbuffered(kind.unbuffered())
                .terminals(kind.terminalFds())
                // Jython: processMain false is what makes stdout line-buffered; GraalPy needs it
                // for Ctrl-C and is made line-buffered when bound (see Binding)
                .processMain(!(jython && kind.lineBuffered()))
                .build();
        try {
            List<String> modules = jython ? PY2_MODULES : PY3_MODULES;
            StringBuilder code = new StringBuilder("for _n in (");
            modules.forEach(m -> code.append('\'').append(m).append("', "));
            code.append("):\n    try:\n        __import__(_n)\n    except ImportError:\n        pass\ndel _n\n");
            host.exec(code.toString());
            Binding.prepare(host);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        return new Warm(kind, host, relay, false);
    }

    @Override
    public void close() {
        closed = true;
        starters.values().forEach(ExecutorService::shutdownNow);
        ready.values().forEach(q -> {
            for (Warm w; (w = q.poll()) != null; ) {
                try {
                    w.host().close();
                } catch (RuntimeException e) {
                    // ending anyway
                }
            }
        });
    }
}
