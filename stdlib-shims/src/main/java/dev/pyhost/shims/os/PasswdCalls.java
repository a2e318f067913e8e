package dev.pyhost.shims.os;

import java.util.List;

/**
 * The user database as the C library answers it ({@code getpwuid_r}, {@code getpwnam_r},
 * {@code getpwent_r}: /etc/passwd and whatever NSS adds). An entry is {name, password, uid, gid,
 * gecos, home, shell}, every string carrying bytes one char each (ISO-8859-1), the ids in decimal.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxPasswdCalls});
 * {@link #get()} is null where that is not available.
 */
public interface PasswdCalls {
    static PasswdCalls get() {
        return Holder.INSTANCE;
    }

    /** The entry of user {@code uid}, or null when there is none (or it cannot be read). */
    String[] byUid(long uid);

    /** The entry of the user named {@code name} (bytes, one char each), or null. */
    String[] byName(String name);

    /** Every entry, in the database's order. */
    List<String[]> all();

    final class Holder {
        static final PasswdCalls INSTANCE = load();

        private Holder() {
        }

        private static PasswdCalls load() {
            return LinuxCalls.load(PasswdCalls.class, "LinuxPasswdCalls");
        }
    }
}
