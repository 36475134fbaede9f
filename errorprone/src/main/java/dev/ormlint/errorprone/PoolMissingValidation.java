package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code PoolMissingValidation} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Connection pool hands out connections without validating them",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "PoolMissingValidation.md")
public final class PoolMissingValidation extends OrmlintChecker {
}
