package dev.pyhost.engine.graalpy;

import dev.pyhost.spi.CacheFolder;
import org.graalvm.polyglot.Engine;

/**
 * One polyglot engine per JVM, shared by every GraalPy session so parsed and compiled code is
 * reused across hosts. Its resource cache (the Python standard library, unpacked once) lives in
 * a folder pyhost owns: {@code $XDG_CACHE_HOME/pyhost/graalpy} or {@code ~/.cache/pyhost/graalpy}.
 */
final class SharedEngine {
    private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";
    private static volatile Engine engine;

    private SharedEngine() {
    }

    static Engine get() {
        Engine e = engine;
        if (e == null) {
            synchronized (SharedEngine.class) {
                e = engine;
                if (e == null) {
                    if (System.getProperty(RESOURCE_CACHE) == null) {
                        System.setProperty(RESOURCE_CACHE, CacheFolder.of("graalpy").toString());
                    }
                    e = Engine.newBuilder("python")
                            .option("engine.WarnInterpreterOnly", "false")
                            // greenlets run Python code on virtual threads (stdlib-shims coop); the
                            // option that silences the warning about it is marked experimental
                            .allowExperimentalOptions(true)
                            .option("engine.WarnVirtualThreadSupport", "false")
                            // a Java exception inside GraalPy (a POSIX call its Java backend lacks,
                            // "Feature not supported on 'java' POSIX backend: fchownat") reaches the
                            // script as SystemError, CPython's error for an interpreter's own
                            // failure, which it can catch and which ends it with a traceback and
                            // status 1, instead of cancelling the whole run as an internal error
                            .option("python.CatchAllExceptions", "true")
                            // ... with the Java exception's name and message, not its stack
                            .option("python.WithJavaStacktrace", System.getenv("PYHOST_DEBUG") == null ? "0" : "1")
                            .build();
                    engine = e;
                }
            }
        }
        return e;
    }
}
