package dev.pyhost.shims.os;

/**
 * Loads the Linux implementation of one of the C library interfaces here ({@link Posix},
 * {@link SystemCalls}, ...): classes compiled for JDK 22+ with the foreign function API, named
 * {@code Linux...} in this package. Null where the JDK, the system or the library lacks them.
 */
final class LinuxCalls {
    private LinuxCalls() {
    }

    static <T> T load(Class<T> type, String simpleName) {
        if (Runtime.version().feature() < 22 || !System.getProperty("os.name", "").equals("Linux")) {
            return null;
        }
        try {
            return type.cast(Class.forName("dev.pyhost.shims.os." + simpleName).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
