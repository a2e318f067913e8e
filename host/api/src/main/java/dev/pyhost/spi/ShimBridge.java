package dev.pyhost.spi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One session's view of the shim registry, handed to the session's Python code as the object
 * {@code _pyhost.bridge}. Its methods take and return only strings and plain Java objects so that
 * both engines call it the same way. Cores are created on first use, once per session.
 *
 * @since 0.1
 */
public final class ShimBridge {
    private final ShimRegistry registry;
    private final int pythonMajor;
    private final ShimContext context;
    private final Map<String, Object> cores = new ConcurrentHashMap<>();

    public ShimBridge(ShimRegistry registry, int pythonMajor, ShimContext context) {
        this.registry = registry;
        this.pythonMajor = pythonMajor;
        this.context = context;
    }

    /** Module names this session serves from Java, as an array (both engines iterate it). */
    public String[] names() {
        return registry.forPython(pythonMajor).stream().map(ShimModule::name).toArray(String[]::new);
    }

    /** "module" or "overlay" for a served name, else null. */
    public String kind(String name) {
        ShimModule m = served(name);
        return m == null ? null : m.kind(pythonMajor).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The glue source for a served name, else null. */
    public String glue(String name) {
        ShimModule m = served(name);
        return m == null ? null : m.glue(pythonMajor);
    }

    /** This session's core for a served name (created on first call), else null. */
    public Object core(String name) {
        ShimModule m = served(name);
        return m == null ? null : cores.computeIfAbsent(name, n -> m.newCore(context));
    }

    public ShimContext context() {
        return context;
    }

    private ShimModule served(String name) {
        return registry.find(name).filter(m -> m.supports(pythonMajor)).orElse(null);
    }
}
