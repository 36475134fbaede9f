package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.SourceRange;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One setting read from a configuration file.
 *
 * @param key   the flattened key as written ({@code spring.datasource.hikari.max-lifetime}), without
 *              a Quarkus {@code %profile.} prefix
 * @param value the raw value as written, placeholders unresolved; empty for a key without a value
 * @param file  the file it was read from
 * @param range where the setting is, starting at its key
 */
public record ConfigEntry(String key, String value, SourceFile file, SourceRange range) {

    /** The key in Spring Boot's relaxed form, for comparisons. */
    public String canonicalKey() {
        return RelaxedNames.canonical(key);
    }

    /** The value with placeholders resolved to their defaults; empty when one has no default. */
    public Optional<String> resolvedValue() {
        return Placeholders.resolve(value);
    }

    /** The value read as a duration, bare numbers in {@code bareUnit}; empty when unknown or not a duration. */
    public Optional<Duration> durationValue(ChronoUnit bareUnit) {
        return resolvedValue().flatMap(v -> DurationValues.parse(v, bareUnit));
    }

    /**
     * A notice when the value is a duration number too large to hold (beyond a 64-bit integer of
     * its unit): not judged by the rules, but not silently ignored either.
     */
    public Optional<Notice> durationBeyondRange(ChronoUnit bareUnit) {
        return resolvedValue().filter(v -> DurationValues.beyondRange(v, bareUnit))
                .map(v -> new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "line " + range.startLine() + ": `"
                        + key + "` is " + v.strip() + ", beyond the range of a 64-bit integer; the setting is not judged"));
    }

    /** The value read as a boolean; empty when unknown or not {@code true}/{@code false}. */
    public Optional<Boolean> booleanValue() {
        return resolvedValue().map(String::strip).flatMap(v -> v.equalsIgnoreCase("true") ? Optional.of(true)
                : v.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty());
    }
}
