package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code PoolMissingRecycle} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Connection pool never retires connections, or keeps them past infrastructure timeouts",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "PoolMissingRecycle.md")
public final class PoolMissingRecycle extends OrmlintChecker {
}
