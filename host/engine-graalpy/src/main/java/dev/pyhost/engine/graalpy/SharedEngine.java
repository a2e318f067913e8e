package dev.pyhost.engine.graalpy;

import org.graalvm.polyglot.Engine;

import java.nio.file.Path;

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
                        System.setProperty(RESOURCE_CACHE, cacheFolder().toString());
                    }
                    e = Engine.newBuilder("python")
                            .option("engine.WarnInterpreterOnly", "false")
                            .build();
                    engine = e;
                }
            }
        }
        return e;
    }

    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("pyhost").resolve("graalpy");
    }
}
