package dev.ormlint.analyzer.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads duration settings the way Spring Boot, Quarkus and Micronaut accept them: a bare number
 * (in a unit that depends on the property: milliseconds for Hikari, seconds for c3p0 and Quarkus),
 * a number with a unit ({@code 300s}, {@code 30m}, {@code 1h}, {@code 500ms}) or ISO-8601
 * ({@code PT30M}). Negative numbers are kept: pools read them as "disabled".
 */
public final class DurationValues {

    private static final Pattern BARE = Pattern.compile("[-+]?\\d+");
    private static final Pattern WITH_UNIT = Pattern.compile("([-+]?\\d+)\\s*(ns|us|ms|s|m|h|d)");
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "ns", ChronoUnit.NANOS, "us", ChronoUnit.MICROS, "ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS,
            "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS, "d", ChronoUnit.DAYS);

    private DurationValues() {
    }

    /**
     * Whether {@code text} is written as a duration whose number no duration can hold (beyond a
     * 64-bit integer of its unit): {@link #parse} cannot read it, and that is worth saying.
     */
    public static boolean beyondRange(String text, ChronoUnit bareUnit) {
        String value = text.strip().replace("_", "");
        Matcher unit = WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
        return (BARE.matcher(value).matches() || unit.matches()) && parse(text, bareUnit).isEmpty();
    }

    public static Optional<Duration> parse(String text, ChronoUnit bareUnit) {
        String value = text.strip().replace("_", "");
        try {
            if (BARE.matcher(value).matches()) {
                return Optional.of(Duration.of(Long.parseLong(value), bareUnit));
            }
            Matcher unit = WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
            if (unit.matches()) {
                return Optional.of(Duration.of(Long.parseLong(unit.group(1)), UNITS.get(unit.group(2))));
            }
            if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
