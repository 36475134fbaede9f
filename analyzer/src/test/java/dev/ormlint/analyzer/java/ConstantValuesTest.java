package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantValuesTest {

    /** Evaluates the argument of {@code use(...)} written inside a small class. */
    private static Optional<Duration> durationOf(String argument, ChronoUnit numberUnit) {
        CompilationUnit unit = JavaParsing.parse("""
                package com.acme;

                import static java.util.concurrent.TimeUnit.SECONDS;

                import java.time.Duration;
                import java.util.concurrent.TimeUnit;

                class Pool {
                    private static final long TWENTY_MINUTES = 20 * 60 * 1000L;
                    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
                    private long mutable = 5;

                    void configure(long parameter) {
                        final int localMinutes = 12;
                        int notFinal = 3;
                        use(%s);
                    }
                }
                """.formatted(argument)).unit();
        TypeFacts types = new TypeFacts(unit, ProjectIndex.of(IndexBuilder.typesOf(unit, "com/acme/Pool.java")));
        MethodCallExpr use = unit.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("use")).orElseThrow();
        return new ConstantValues(types).duration(use.getArgument(0), numberUnit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1800000|MILLIS|1800000",
            "1_800_000L|MILLIS|1800000",
            "30 * 60 * 1000|MILLIS|1800000",
            "(30 + 5) * 60_000 - 300_000|MILLIS|1800000",
            "-1|MILLIS|-1",
            "(int) 600|SECONDS|600000",
            "TWENTY_MINUTES|MILLIS|1200000",
            "localMinutes * 60|SECONDS|720000",
            "Duration.ofMinutes(25)|MILLIS|1500000",
            "Duration.ofHours(1).toMillis()|MILLIS|3600000",
            "HALF_HOUR.toSeconds()|SECONDS|1800000",
            "java.time.Duration.ofSeconds(90)|MILLIS|90000",
            "TimeUnit.MINUTES.toMillis(45)|MILLIS|2700000",
            "SECONDS.toMillis(30)|MILLIS|30000"})
    void constantDurations(String argument, ChronoUnit numberUnit, long expectedMillis) {
        assertThat(durationOf(argument, numberUnit)).contains(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "parameter", "mutable", "notFinal", "parameter * 1000", "System.currentTimeMillis()",
            "Duration.parse(\"PT30M\")", "1 / 0", "Long.MAX_VALUE * 2", "Other.ofMinutes(5)"})
    void unknownValues(String argument) {
        assertThat(durationOf(argument, ChronoUnit.MILLIS)).isEmpty();
    }
}
