package dev.pyhost.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The Java-backed modules available to sessions, keyed by Python module name. Filled from
 * {@link ServiceLoader} (or explicitly, for tests); immutable once built.
 *
 * @since 0.1
 */
public final class ShimRegistry {
    private final Map<String, ShimModule> byName;

    private ShimRegistry(Map<String, ShimModule> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The shims found on the class path of the given loader. */
    public static ShimRegistry load(ClassLoader loader) {
        Map<String, ShimModule> found = new LinkedHashMap<>();
        for (ShimModule m : ServiceLoader.load(ShimModule.class, loader)) {
            ShimModule earlier = found.putIfAbsent(m.name(), m);
            if (earlier != null) {
                throw new IllegalStateException("two shims for module '" + m.name() + "': "
                        + earlier.getClass().getName() + " and " + m.getClass().getName());
            }
        }
        return new ShimRegistry(found);
    }

    /** A registry holding exactly these shims. */
    public static ShimRegistry of(List<ShimModule> modules) {
        Map<String, ShimModule> m = new LinkedHashMap<>();
        modules.forEach(s -> m.put(s.name(), s));
        return new ShimRegistry(m);
    }

    public Optional<ShimModule> find(String moduleName) {
        return Optional.ofNullable(byName.get(moduleName));
    }

    /** The shims serving one Python major version. */
    public List<ShimModule> forPython(int major) {
        return byName.values().stream().filter(s -> s.supports(major)).toList();
    }
}
