package dev.pyhost;

/**
 * A Python exception that was not caught by the script, or that a log record routed to SLF4J
 * carries ({@link PythonLogging#SLF4J}: its stack trace is then the Python frames).
 *
 * <p>{@link #getMessage()} is CPython's last traceback line ({@code "ValueError: bad"});
 * {@link #tracebackText()} is the whole traceback as CPython prints it.
 *
 * @since 0.1
 */
public final class PythonException extends PyHostException {
    private final String pythonType;
    private final String pythonMessage;
    private final String tracebackText;

    public PythonException(String pythonType, String pythonMessage, String tracebackText) {
        this(pythonType, pythonMessage, tracebackText, null);
    }

    /**
     * With the exception it was raised from ({@code __cause__}, or {@code __context__}), for the
     * exception of a log record routed to SLF4J ({@link PythonLogging#SLF4J}).
     */
    public PythonException(String pythonType, String pythonMessage, String tracebackText, Throwable cause) {
        super(pythonMessage == null || pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, cause);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage == null ? "" : pythonMessage;
        this.tracebackText = tracebackText == null ? "" : tracebackText;
    }

    /** The exception's class name as Python spells it, e.g. {@code ZeroDivisionError}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The traceback as CPython prints it, ending with a newline. */
    public String tracebackText() {
        return tracebackText;
    }

    /** True when the script was interrupted (Ctrl-C). */
    public boolean isKeyboardInterrupt() {
        return "KeyboardInterrupt".equals(pythonType);
    }

    @Override
    public int exitStatus() {
        return 1;
    }
}
