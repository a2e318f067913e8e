package dev.pyhost;

/**
 * The host could not do what was asked: an engine is not on the class path, failed to start, or
 * failed internally. The message is one line meant for the user; the cause keeps the details.
 *
 * @since 0.1
 */
public final class EngineException extends PyHostException {
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineException(String message) {
        super(message, null);
    }

    @Override
    public int exitStatus() {
        return 1;
    }
}
