package dev.pyhost.spi;

import dev.pyhost.PyHostException;

import java.util.List;

/**
 * One interpreter state. Methods other than {@link #interrupt()} are called from a single
 * thread, the host's Python main thread.
 *
 * @since 0.1
 */
public interface EngineSession extends AutoCloseable {

    /**
     * Runs the target as {@code __main__} with {@code sys.argv} set to {@code argv}, then waits for
     * non-daemon threads and runs exit handlers as CPython does at interpreter exit.
     *
     * @throws PyHostException for an uncaught exception or a non-zero exit
     */
    void runMain(MainTarget target, List<String> argv);

    /** Executes statements in the session's {@code __main__} namespace. */
    void exec(String code);

    /** Evaluates an expression in {@code __main__} and converts the result to a Java value. */
    Object eval(String expression);

    /** Calls a callable found in {@code __main__} (dotted names allowed) with Java arguments. */
    Object call(String function, List<Object> args);

    /** Binds a Java object to a global name in {@code __main__}. */
    void put(String name, Object value);

    /** Compiles one interactive line; see {@link InteractiveConsole}. */
    InteractiveConsole console();

    /** Raises {@code KeyboardInterrupt} in the code running on the Python main thread. */
    void interrupt();

    /**
     * Ends the Python code running in this session at once, as the default action of SIGTERM or
     * SIGKILL ends a process: the code cannot catch it, and may not get to run its handlers.
     * Called from any thread; the session is then only closed. By default the same as
     * {@link #interrupt()}, for engines whose interrupt already reaches any running code.
     *
     * @since 0.1
     */
    default void stop() {
        interrupt();
    }

    /** Flushes Python's standard streams. */
    void flush();

    @Override
    void close();
}
