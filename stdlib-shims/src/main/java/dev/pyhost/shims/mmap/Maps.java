package dev.pyhost.shims.mmap;

/**
 * The system calls behind maps. Implemented with the foreign function API on JDK 22+
 * ({@code NativeMaps}, compiled separately for release 22); {@link #get()} is null where that
 * is not available.
 */
interface Maps {
    long pageSize();

    /** {@code fstat(fd)}: {0, is a regular file (1/0), size}, or {errno, 0, 0}. */
    long[] stat(int fd);

    /** A new {@link Mapping}, or the errno as an Integer. */
    Object map(int fd, long length, int flags, int prot, long offset);

    static Maps get() {
        return Holder.INSTANCE;
    }

    /** Loads the implementation once. */
    final class Holder {
        static final Maps INSTANCE = load();

        private Holder() {
        }

        private static Maps load() {
            if (Runtime.version().feature() < 22 || !System.getProperty("os.name", "").equals("Linux")) {
                return null;
            }
            try {
                return (Maps) Class.forName("dev.pyhost.shims.mmap.NativeMaps").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return null;
            }
        }
    }
}
