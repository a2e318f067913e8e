package dev.pyhost.shimtests;

import dev.pyhost.Engine;
import dev.pyhost.PyHost;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * One started host per engine for the whole test JVM: engines start slowly (GraalPy takes
 * seconds), and most shim checks need no isolation beyond a fresh namespace. Suites that change
 * the working directory or environment build their own host instead.
 */
public final class SharedHosts {
    private static final Map<Engine, Captured> HOSTS = new EnumMap<>(Engine.class);
    private static final Map<String, Captured> OWN = new java.util.HashMap<>();

    private SharedHosts() {
    }

    /** The shared host of an engine, started on first use and closed when the JVM exits. */
    public static synchronized Captured of(Engine engine) {
        return HOSTS.computeIfAbsent(engine, e -> {
            Captured c = new Captured(e);
            Runtime.getRuntime().addShutdownHook(new Thread(c.host::close));
            return c;
        });
    }

    /**
     * A host of the engine for one test class alone, for suites that change process-wide state
     * the others would see (gevent's monkey patching of socket, select, threading and time).
     */
    public static synchronized Captured own(Class<?> suite, Engine engine) {
        return OWN.computeIfAbsent(suite.getName() + "/" + engine, k -> {
            Captured c = new Captured(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(c.host::close));
            return c;
        });
    }

    /** A host whose standard output and error are captured per run. */
    public static final class Captured {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final PyHost host;

        private Captured(Engine engine) {
            host = PyHost.newBuilder().engine(engine).stdout(out).stderr(err).unbuffered(true).build();
            // valid in Python 2 and 3: each run gets its own globals in a module that is __main__
            // while it runs, as a script's are (multiprocessing hands a child what __main__ holds)
            host.exec("def _shimtests_run(code):\n"
                    + "    import sys, types\n"
                    + "    module = types.ModuleType('__main__')\n"
                    + "    module.__builtins__ = __builtins__\n"
                    + "    saved = sys.modules.get('__main__')\n"
                    + "    sys.modules['__main__'] = module\n"
                    + "    try:\n"
                    + "        exec(compile(code, '<test>', 'exec'), module.__dict__)\n"
                    + "    finally:\n"
                    + "        sys.modules['__main__'] = saved\n");
        }

        public PyHost host() {
            return host;
        }

        /**
         * Runs {@code code} in a fresh namespace and returns what it printed on stdout. A Python
         * exception propagates as {@link dev.pyhost.PythonException}.
         */
        public synchronized String run(String code) {
            out.reset();
            err.reset();
            try {
                host.call("_shimtests_run", code);
            } finally {
                host.flush();
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        /** What the last {@link #run} printed on stderr. */
        public synchronized String lastStderr() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
