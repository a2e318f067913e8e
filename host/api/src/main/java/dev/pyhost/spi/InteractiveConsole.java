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
     * @throws dev.pyhost.SystemExitException when the code called {@code exit()}
     */
    boolean push(String line);

    /** Forgets a partly typed statement (Ctrl-C while typing). */
    void resetBuffer();

    /** {@code sys.ps1} or {@code sys.ps2}, as the session currently defines them. */
    String prompt(boolean continuation);

    /** The banner CPython prints before the first prompt. */
    String banner();
}
