package dev.pyhost.shims.os;

import java.util.List;

/**
 * The group database as the C library answers it ({@code getgrgid_r}, {@code getgrnam_r},
 * {@code getgrent_r}: /etc/group and whatever NSS adds). An entry is {name, password, gid,
 * members...}, every string carrying bytes one char each (ISO-8859-1), the gid in decimal.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxGroupCalls});
 * {@link #get()} is null where that is not available.
 */
public interface GroupCalls {
    static GroupCalls get() {
        return Holder.INSTANCE;
    }

    /** The entry of group {@code gid}, or null when there is none (or it cannot be read). */
    String[] byGid(long gid);

    /** The entry of the group named {@code name} (bytes, one char each), or null. */
    String[] byName(String name);

    /** Every entry, in the database's order. */
    List<String[]> all();

    final class Holder {
        static final GroupCalls INSTANCE = load();

        private Holder() {
        }

        private static GroupCalls load() {
            return LinuxCalls.load(GroupCalls.class, "LinuxGroupCalls");
        }
    }
}
