package dev.ormlint.analyzer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigValuesTest {

    @ParameterizedTest
    @CsvSource({
            "spring.datasource.hikari.max-lifetime, spring.datasource.hikari.maxLifetime",
            "spring.datasource.hikari.max_lifetime, spring.datasource.hikari.maxLifetime",
            "spring.datasource.hikari.MAX-LIFETIME, spring.datasource.hikari.max-lifetime",
            "datasources.default.maxLifetime, datasources.default.max-lifetime"})
    void relaxedNamesCompareEqual(String written, String other) {
        assertThat(RelaxedNames.canonical(written)).isEqualTo(RelaxedNames.canonical(other));
    }

    @ParameterizedTest
    @CsvSource({
            "spring.datasource.hikari.max-lifetime, spring.datasource.hikari, true",
            "spring.datasource.hikariX.max-lifetime, spring.datasource.hikari, false",
            "spring.datasource.url, spring.datasource, true",
            "spring.datasourcex.url, spring.datasource, false"})
    void isUnderComparesWholeSegments(String key, String prefix, boolean under) {
        assertThat(RelaxedNames.isUnder(key, prefix)).isEqualTo(under);
    }

    @ParameterizedTest
    @CsvSource({
            "1800000, MILLIS, 1800000",
            "'1_800_000', MILLIS, 1800000",
            "30m, MILLIS, 1800000",
            "30M, SECONDS, 1800000",
            "PT30M, MILLIS, 1800000",
            "pt30m, MILLIS, 1800000",
            "300s, MILLIS, 300000",
            "1h, MILLIS, 3600000",
            "500ms, SECONDS, 500",
            "1800, SECONDS, 1800000",
            "0, MILLIS, 0",
            "-1, MILLIS, -1"})
    void durations(String text, ChronoUnit bareUnit, long expectedMillis) {
        assertThat(DurationValues.parse(text, bareUnit)).contains(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest
    @CsvSource({"thirty minutes", "30 fortnights", "''", "P", "99999999999999999999"})
    void nonDurationsAreUnknown(String text) {
        assertThat(DurationValues.parse(text, ChronoUnit.MILLIS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1800000|1800000",
            "${MAX_LIFETIME:1200000}|1200000",
            "${MAX_LIFETIME:${FALLBACK:20m}}|20m",
            "${A:x}-${B:y}|x-y",
            "jdbc:postgresql://${DB_HOST:localhost}:5432/shop|jdbc:postgresql://localhost:5432/shop",
            "${EMPTY_DEFAULT:}|''"})
    void placeholdersResolveToTheirDefaults(String value, String resolved) {
        assertThat(Placeholders.resolve(value)).contains(resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${MAX_LIFETIME}", "${A:x}-${B}", "${UNCLOSED:5", "${OUTER:${INNER}}"})
    void placeholdersWithoutDefaultAreUnknown(String value) {
        assertThat(Placeholders.resolve(value)).isEmpty();
    }

    @Test
    void absurdlyDeepPlaceholdersAreUnknownNotAStackOverflow() {
        String deep = "${A:".repeat(100_000) + "x" + "}".repeat(100_000);

        assertThat(Placeholders.resolve(deep)).isEmpty();
    }
}
