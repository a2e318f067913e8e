package dev.pyhost;

/**
 * The script called {@code sys.exit} (or raised {@code SystemExit}) with a failing status.
 * {@code sys.exit()} and {@code sys.exit(0)} are not exceptions: the call returns normally.
 *
 * @since 0.1
 */
public final class SystemExitException extends PyHostException {
    private final int status;
    private final String printedMessage;

    public SystemExitException(int status, String printedMessage) {
        super(printedMessage == null ? "SystemExit: " + status : printedMessage, null);
        this.status = status;
        this.printedMessage = printedMessage;
    }

    @Override
    public int exitStatus() {
        return status;
    }

    /**
     * What CPython prints on stderr for this exit ({@code sys.exit('msg')} prints "msg"), or
     * {@code null} when it prints nothing.
     */
    public String printedMessage() {
        return printedMessage;
    }
}
