package dev.pyhost;

import dev.pyhost.spi.EngineProvider;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The engines on the class path, found once through {@link ServiceLoader}.
 *
 * @since 0.1
 */
public final class Engines {
    private static volatile Map<Engine, EngineProvider> providers;

    private Engines() {
    }

    /** The provider of an engine, if its module is on the class path. */
    public static Optional<EngineProvider> find(Engine engine) {
        return Optional.ofNullable(all().get(engine));
    }

    /** The provider of an engine, or an {@link EngineException} that says which module to add. */
    public static EngineProvider provider(Engine engine) {
        return find(engine).orElseThrow(() -> new EngineException("the " + engine.id()
                + " engine is not available: add dev.pyhost:pyhost-engine-" + engine.id()
                + " to the class path"));
    }

    private static Map<Engine, EngineProvider> all() {
        Map<Engine, EngineProvider> p = providers;
        if (p == null) {
            p = new EnumMap<>(Engine.class);
            for (EngineProvider e : ServiceLoader.load(EngineProvider.class, Engines.class.getClassLoader())) {
                p.putIfAbsent(e.engine(), e);
            }
            providers = p;
        }
        return p;
    }
}
