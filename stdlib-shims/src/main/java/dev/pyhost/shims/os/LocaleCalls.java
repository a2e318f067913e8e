package dev.pyhost.shims.os;

/**
 * The C library's locales, asked without changing the process's own: whether a locale exists
 * ({@code newlocale}) and its conventions ({@code nl_langinfo_l}). The process's locale is shared
 * by every session a JVM hosts, so sessions keep theirs apart (see
 * {@code dev.pyhost.shims.locale.LocaleCore}).
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxLocaleCalls});
 * {@link #get()} is null where that is not available.
 */
public interface LocaleCalls {
    static LocaleCalls get() {
        return Holder.INSTANCE;
    }

    /** Whether the C library has the locale {@code name} for {@code category} (glibc's LC_* number). */
    boolean exists(int category, String name);

    /**
     * {@code nl_langinfo_l} of each item in the locale {@code name} of {@code category}: the bytes
     * carried one char each (ISO-8859-1); null when there is no such locale.
     */
    String[] langinfo(int category, String name, int[] items);

    final class Holder {
        static final LocaleCalls INSTANCE = load();

        private Holder() {
        }

        private static LocaleCalls load() {
            return LinuxCalls.load(LocaleCalls.class, "LinuxLocaleCalls");
        }
    }
}
