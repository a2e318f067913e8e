package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.fn;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** {@link SyslogCalls} on Linux, through the C library. */
final class LinuxSyslogCalls implements SyslogCalls {
    private final LazyDowncall openlog = fn("openlog", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT));
    private final LazyDowncall syslog = fn("syslog", FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private final LazyDowncall closelog = fn("closelog", FunctionDescriptor.ofVoid());
    /** openlog(3) keeps the ident's pointer: each ident lives as long as the process. */
    private final Map<String, MemorySegment> idents = new ConcurrentHashMap<>();
    private final MemorySegment format = cString(Arena.global(), "%s");

    @Override
    public synchronized void send(String ident, int option, int facility, int priority, String message) {
        MemorySegment cIdent = ident == null ? MemorySegment.NULL
                : idents.computeIfAbsent(ident, i -> cString(Arena.global(), i));
        try (Arena arena = Arena.ofConfined()) {
            openlog.handle().invokeExact(cIdent, option, facility);
            syslog.handle().invokeExact(priority, format, cString(arena, message));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public synchronized void close() {
        try {
            closelog.handle().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
