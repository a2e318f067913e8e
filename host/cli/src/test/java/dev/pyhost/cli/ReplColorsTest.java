package dev.pyhost.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the prompt colours what is typed: CPython 3.13's switches, then the terminal. */
class ReplColorsTest {

    @Test
    void aColourTerminalGetsColoursADumbOneOrOneWithFewerThanEightDoesNot() {
        assertThat(ReplColors.wanted(Map.of(), "xterm-256color", 256)).isTrue();
        assertThat(ReplColors.wanted(Map.of(), "xterm", 8)).isTrue();
        assertThat(ReplColors.wanted(Map.of(), "vt100", 0)).isFalse();
        assertThat(ReplColors.wanted(Map.of(), "dumb", 0)).isFalse();
        assertThat(ReplColors.wanted(Map.of(), "dumb-color", 8)).isFalse();
    }

    @Test
    void noColorAndPythonColorsZeroTurnThemOffAnEmptyNoColorDoesNot() {
        assertThat(ReplColors.wanted(Map.of("NO_COLOR", "1"), "xterm", 8)).isFalse();
        assertThat(ReplColors.wanted(Map.of("NO_COLOR", ""), "xterm", 8)).isTrue();
        assertThat(ReplColors.wanted(Map.of("PYTHON_COLORS", "0"), "xterm", 8)).isFalse();
        assertThat(ReplColors.wanted(Map.of("PYTHON_COLORS", "0", "FORCE_COLOR", "1"), "xterm", 8)).isFalse();
    }

    @Test
    void pythonColorsOneOrForceColorTurnThemOnWhateverTheTerminal() {
        assertThat(ReplColors.wanted(Map.of("PYTHON_COLORS", "1"), "vt100", 0)).isTrue();
        assertThat(ReplColors.wanted(Map.of("PYTHON_COLORS", "1", "NO_COLOR", "1"), "xterm", 8)).isTrue();
        assertThat(ReplColors.wanted(Map.of("FORCE_COLOR", "1"), "dumb", 0)).isTrue();
        assertThat(ReplColors.wanted(Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), "xterm", 8)).isFalse();
    }
}
