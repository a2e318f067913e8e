package dev.pyhost.shims.os;

/**
 * The C library's {@code openlog(3)}, {@code syslog(3)} and {@code closelog(3)}, behind Python's
 * {@code syslog} module. Strings carry bytes, one char each (ISO-8859-1).
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxSyslogCalls}); {@link #get()}
 * is null where that is not available.
 */
public interface SyslogCalls {
    static SyslogCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * Sends one message with its session's settings: the C library keeps one ident, option and
     * facility for the process, so each message opens the log with its own first (the runs a
     * process hosts each have theirs).
     */
    void send(String ident, int option, int facility, int priority, String message);

    /** {@code closelog(3)}. */
    void close();

    final class Holder {
        static final SyslogCalls INSTANCE = load();

        private Holder() {
        }

        private static SyslogCalls load() {
            return LinuxCalls.load(SyslogCalls.class, "LinuxSyslogCalls");
        }
    }
}
