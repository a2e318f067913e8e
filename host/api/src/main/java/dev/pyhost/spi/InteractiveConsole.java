package dev.pyhost.spi;

/**
 * A read-eval-print session as CPython's {@code code.InteractiveConsole} runs it: lines are
 * pushed one at a time; incomplete input is decided by the engine's own compiler.
 *
 * @since 0.1
 */
public interface InteractiveConsole {

    /**
     * Pushes one line (without its newline).
     *
     * @return true when more input is needed to complete the statement
     * @throws dev.pyhost.SystemExitException when the code called {@code exit()}, whatever the
     *         status ({@code exit()} and {@code exit(0)} too: they end the console)
     */
    boolean push(String line);

    /** Forgets a partly typed statement (Ctrl-C while typing). */
    void resetBuffer();

    /** {@code sys.ps1} or {@code sys.ps2}, as the session currently defines them. */
    String prompt(boolean continuation);

    /** The banner CPython prints before the first prompt. */
    String banner();

    /**
     * Tab completion, computed by the session from its live objects: Python names, keywords,
     * attributes after {@code .}, module names after {@code import} and {@code from}.
     *
     * @param buffer the line being typed
     * @param cursor the cursor's position in it
     * @return candidates, each replacing the dotted name that ends just before the cursor (the
     *         longest run of letters, digits, {@code _} and {@code .}); empty when there is none
     */
    java.util.List<String> complete(String buffer, int cursor);

    /**
     * Runs the {@code PYTHONSTARTUP} file in {@code __main__}; an error in it is reported on
     * stderr as CPython reports it, and the session goes on.
     *
     * @throws dev.pyhost.SystemExitException when the file called {@code exit()}, whatever the status
     */
    void runStartup(String path);
}
