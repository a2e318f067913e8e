package dev.pyhost.cli.daemon;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IdleLimitTest {
    @Test
    void minutesByDefaultAndUnitsWhenGiven() {
        assertThat(IdleLimit.parse("15")).isEqualTo(Duration.ofMinutes(15));
        assertThat(IdleLimit.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(IdleLimit.parse("3h")).isEqualTo(Duration.ofHours(3));
        assertThat(IdleLimit.parse(" 5M ")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void zeroOrNeverKeepsItRunning() {
        assertThat(IdleLimit.parse("0")).isZero();
        assertThat(IdleLimit.parse("never")).isZero();
    }

    @Test
    void unsetOrNonsenseTakesTheDefault() {
        assertThat(IdleLimit.parse(null)).isEqualTo(IdleLimit.DEFAULT);
        assertThat(IdleLimit.parse("")).isEqualTo(IdleLimit.DEFAULT);
        assertThat(IdleLimit.parse("soon")).isEqualTo(IdleLimit.DEFAULT);
        assertThat(IdleLimit.parse("5x")).isEqualTo(IdleLimit.DEFAULT);
    }

    @Test
    void describedInTheLargestWholeUnit() {
        assertThat(IdleLimit.describe(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(IdleLimit.describe(Duration.ofMinutes(90))).isEqualTo("90 min");
        assertThat(IdleLimit.describe(Duration.ofSeconds(45))).isEqualTo("45 s");
    }
}
