package dev.pyhost;

/**
 * Where the records of Python's {@code logging} module go.
 *
 * @since 0.1
 */
public enum PythonLogging {
    /** To the handlers the script configures, as under CPython (the default). */
    PYTHON,
    /**
     * To SLF4J, instead of the script's handlers: every record a Python logger handles (after its
     * level and filters) becomes an SLF4J event of the logger of the same name, unless the filters
     * of every handler it would reach refuse it (a handler's filters still decide, and what they add
     * to the record goes with it; a handler's level does not, SLF4J's configuration does). Levels map by range
     * (below 10 TRACE, 10-19 DEBUG, 20-29 INFO, 30-39 WARN, 40 and above ERROR); a level other than
     * DEBUG, INFO, WARNING or ERROR is kept as the key-values {@code py.levelname} and
     * {@code py.levelno}. The record's {@code py.filename}, {@code py.lineno}, {@code py.funcName},
     * {@code py.threadName} and its {@code extra=} values are key-values; an exception is a
     * {@link PythonException} whose stack trace is the Python frames, innermost first.
     */
    SLF4J
}
