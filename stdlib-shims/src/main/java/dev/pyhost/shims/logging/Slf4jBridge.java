package dev.pyhost.shims.logging;

import dev.pyhost.PythonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

import java.math.BigInteger;

/**
 * The Java core of {@code logging} when records go to SLF4J ({@link dev.pyhost.PythonLogging#SLF4J}):
 * the glue hands over each record a Python logger handles as plain values, and this makes it an
 * SLF4J event of the logger of the same name. See {@link dev.pyhost.PythonLogging#SLF4J} for the
 * mapping.
 */
public final class Slf4jBridge {

    /** True when SLF4J would log an event of this Python level for the logger: else the glue skips the record. */
    public boolean isEnabled(String name, int levelno) {
        return LoggerFactory.getLogger(name).isEnabledForLevel(level(levelno));
    }

    /**
     * One record: {@code keys} and {@code values} are the record's key-values in order (the glue
     * puts {@code py.filename} ... first, then {@code extra=} values); {@code thrown} is its
     * exception, or null.
     */
    public void log(String name, int levelno, String levelname, String message, String[] keys, Object[] values,
                    Throwable thrown) {
        Logger logger = LoggerFactory.getLogger(name);
        Level level = level(levelno);
        LoggingEventBuilder event = logger.atLevel(level).setMessage(message);
        if (!isStandard(levelno)) {
            event.addKeyValue("py.levelname", levelname).addKeyValue("py.levelno", (long) levelno);
        }
        for (int i = 0; i < keys.length; i++) {
            event.addKeyValue(keys[i], plain(values[i]));
        }
        if (thrown != null) {
            event.setCause(thrown);
        }
        event.log();
    }

    /**
     * The Throwable of a record's exception: a {@link PythonException} whose stack trace is the
     * traceback's frames, given outermost first as Python lists them (a Java trace is innermost first).
     */
    public Throwable exception(String type, String message, String tracebackText, String[] files, int[] lines,
                               String[] functions, Throwable cause) {
        PythonException e = new PythonException(type, message, tracebackText, cause);
        int n = files.length;
        StackTraceElement[] trace = new StackTraceElement[n];
        for (int i = 0; i < n; i++) {
            String file = baseName(files[i]);
            String module = file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
            trace[n - 1 - i] = new StackTraceElement(module, functions[i], file, lines[i]);
        }
        e.setStackTrace(trace);
        return e;
    }

    /** Python levels by range; below 10 is TRACE, 40 and above (CRITICAL too) ERROR. */
    static Level level(int levelno) {
        if (levelno >= 40) {
            return Level.ERROR;
        } else if (levelno >= 30) {
            return Level.WARN;
        } else if (levelno >= 20) {
            return Level.INFO;
        } else if (levelno >= 10) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }

    /** DEBUG, INFO, WARNING, ERROR: the levels SLF4J has as they are. */
    static boolean isStandard(int levelno) {
        return levelno == 10 || levelno == 20 || levelno == 30 || levelno == 40;
    }

    /** Integers as Long (engines give Integer, Long or BigInteger), the rest as given. */
    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        return value;
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
