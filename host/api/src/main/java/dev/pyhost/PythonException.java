package dev.pyhost;

/**
 * A Python exception that was not caught by the script.
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
        super(pythonMessage == null || pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, null);
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
