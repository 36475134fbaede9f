package dev.ormlint.maven;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import java.util.List;

/**
 * When findings fail the build: those at {@code threshold} or worse are violations, and more than
 * {@code maxAllowed} of them fail it, as {@code maxAllowedViolations} does in the PMD and
 * Checkstyle plugins.
 */
record ViolationPolicy(Severity threshold, int maxAllowed) {

    ViolationPolicy {
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("maxAllowedViolations must be 0 or more, was " + maxAllowed);
        }
    }

    List<Finding> violations(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }

    boolean isExceededBy(List<Finding> violations) {
        return violations.size() > maxAllowed;
    }
}
