package dev.ormlint.rules;

import dev.ormlint.analyzer.config.DurationValues;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The longest connection lifetime PoolMissingRecycle accepts: its one option, {@code maxLifetime}
 * (default 30 minutes), read and checked here once so that it means the same for Java pools and for
 * SQLAlchemy's {@code pool_recycle}.
 */
public final class LifetimeLimit {

    public static final String OPTION = "maxLifetime";
    public static final String DEFAULT = "30m";

    private LifetimeLimit() {
    }

    /**
     * Checks an option of the rule before a scan.
     *
     * @throws IllegalArgumentException for another key, or a value that is not a positive duration
     */
    public static void checkOption(String key, String value) {
        if (!key.equals(OPTION)) {
            throw new IllegalArgumentException("takes no option '" + key + "' (its only option is " + OPTION + ")");
        }
        if (parse(value).isEmpty()) {
            throw new IllegalArgumentException("expects a positive duration for " + OPTION + " (e.g. 20m, 1200s, PT20M)");
        }
    }

    /** The limit an option value sets (checked by {@link #checkOption} before the scan: a bad one is a bug here). */
    public static Duration of(String optionValue) {
        return parse(optionValue).orElseThrow();
    }

    private static Optional<Duration> parse(String value) {
        return DurationValues.parse(value, ChronoUnit.MILLIS).filter(LifetimeLimit::isPositive);
    }

    public static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** {@code 30 min}, {@code 300 s}, {@code 1500 ms}: a duration as messages show it. */
    public static String human(Duration duration) {
        if (duration.toSecondsPart() == 0 && duration.toMillisPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
