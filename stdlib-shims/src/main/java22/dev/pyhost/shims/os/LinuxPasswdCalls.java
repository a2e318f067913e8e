package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.fn;
import static dev.pyhost.shims.os.NssEntries.string;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@link PasswdCalls} on Linux (LP64), through the C library's reentrant calls. struct passwd is
 * {char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; char *pw_gecos; char *pw_dir;
 * char *pw_shell;}: offsets 0, 8, 16, 20, 24, 32, 40.
 */
final class LinuxPasswdCalls implements PasswdCalls {
    private static final int ENTRY = 48;
    /** getpwent_r walks one position shared by the whole process. */
    private static final Object ENUMERATION = new Object();

    private final LazyDowncall getpwuid = fn("getpwuid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall getpwnam = fn("getpwnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall getpwent = fn("getpwent_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall setpwent = fn("setpwent", FunctionDescriptor.ofVoid());
    private final LazyDowncall endpwent = fn("endpwent", FunctionDescriptor.ofVoid());

    @Override
    public String[] byUid(long uid) {
        return NssEntries.lookUp(ENTRY, (entry, buf, size, result) ->
                (int) getpwuid.handle().invokeExact((int) uid, entry, buf, size, result), LinuxPasswdCalls::read);
    }

    @Override
    public String[] byName(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = cString(arena, name);
            return NssEntries.lookUp(ENTRY, (entry, buf, size, result) ->
                    (int) getpwnam.handle().invokeExact(cName, entry, buf, size, result), LinuxPasswdCalls::read);
        }
    }

    @Override
    public List<String[]> all() {
        return NssEntries.all(ENUMERATION, setpwent, endpwent, ENTRY, (entry, buf, size, result) ->
                (int) getpwent.handle().invokeExact(entry, buf, size, result), LinuxPasswdCalls::read);
    }

    private static String[] read(MemorySegment entry) {
        return new String[] {
            string(entry.get(ADDRESS, 0)),
            string(entry.get(ADDRESS, 8)),
            Integer.toUnsignedString(entry.get(JAVA_INT, 16)),
            Integer.toUnsignedString(entry.get(JAVA_INT, 20)),
            string(entry.get(ADDRESS, 24)),
            string(entry.get(ADDRESS, 32)),
            string(entry.get(ADDRESS, 40)),
        };
    }
}
