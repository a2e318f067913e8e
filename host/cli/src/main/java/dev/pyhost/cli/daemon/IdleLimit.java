package dev.pyhost.cli.daemon;

import java.time.Duration;
import java.util.Locale;

/**
 * How long the daemon waits without a run before it stops ({@code PYHOST_DAEMON_IDLE}): a number
 * of minutes, or a number with {@code s}, {@code m} or {@code h}; {@code 0} or {@code never}: it
 * runs until stopped. Default two hours: a resident JVM holds memory, and an idle one gives
 * nothing back.
 */
final class IdleLimit {
    static final Duration DEFAULT = Duration.ofHours(2);

    private IdleLimit() {
    }

    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("never")) {
            return Duration.ZERO;
        }
        try {
            char unit = v.charAt(v.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMinutes(Long.parseLong(v));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> DEFAULT;
            };
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}
