package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.fn;
import static dev.pyhost.shims.os.NssEntries.string;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@link GroupCalls} on Linux (LP64), through the C library's reentrant calls. struct group is
 * {char *gr_name; char *gr_passwd; gid_t gr_gid; char **gr_mem;}: offsets 0, 8, 16, 24.
 */
final class LinuxGroupCalls implements GroupCalls {
    private static final int ENTRY = 32;
    /** getgrent_r walks one position shared by the whole process. */
    private static final Object ENUMERATION = new Object();

    private final LazyDowncall getgrgid = fn("getgrgid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall getgrnam = fn("getgrnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall getgrent = fn("getgrent_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    private final LazyDowncall setgrent = fn("setgrent", FunctionDescriptor.ofVoid());
    private final LazyDowncall endgrent = fn("endgrent", FunctionDescriptor.ofVoid());

    @Override
    public String[] byGid(long gid) {
        return NssEntries.lookUp(ENTRY, (entry, buf, size, result) ->
                (int) getgrgid.handle().invokeExact((int) gid, entry, buf, size, result), LinuxGroupCalls::read);
    }

    @Override
    public String[] byName(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = cString(arena, name);
            return NssEntries.lookUp(ENTRY, (entry, buf, size, result) ->
                    (int) getgrnam.handle().invokeExact(cName, entry, buf, size, result), LinuxGroupCalls::read);
        }
    }

    @Override
    public List<String[]> all() {
        return NssEntries.all(ENUMERATION, setgrent, endgrent, ENTRY, (entry, buf, size, result) ->
                (int) getgrent.handle().invokeExact(entry, buf, size, result), LinuxGroupCalls::read);
    }

    private static String[] read(MemorySegment entry) {
        List<String> out = new ArrayList<>();
        out.add(string(entry.get(ADDRESS, 0)));
        out.add(string(entry.get(ADDRESS, 8)));
        out.add(Integer.toUnsignedString(entry.get(JAVA_INT, 16)));
        MemorySegment members = entry.get(ADDRESS, 24);
        if (!members.equals(MemorySegment.NULL)) {
            MemorySegment list = members.reinterpret(Long.MAX_VALUE);
            for (long i = 0; ; i++) {
                MemorySegment m = list.getAtIndex(ADDRESS, i);
                if (m.equals(MemorySegment.NULL)) {
                    break;
                }
                out.add(string(m));
            }
        }
        return out.toArray(new String[0]);
    }
}
