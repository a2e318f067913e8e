package dev.pyhost.engine.jython;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AvailableLocalesTest {
    @Test
    void holdsTheJdksLocales() {
        AvailableLocales deferred = new AvailableLocales();
        assertThat(deferred).isEqualTo(new HashSet<>(Arrays.asList(Locale.getAvailableLocales())));
        assertThat(deferred.contains(Locale.ROOT)).isTrue();
        assertThat(deferred.contains(Locale.forLanguageTag("xx-YY"))).isFalse();
    }
}
