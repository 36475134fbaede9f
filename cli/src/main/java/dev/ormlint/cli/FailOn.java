package dev.ormlint.cli;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;

/** The {@code --fail-on} threshold: the least severe finding that makes the scan exit 1. */
enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean isFailedBy(ScanResult result) {
        return threshold != null && result.hasFindingsAtLeast(threshold);
    }
}
