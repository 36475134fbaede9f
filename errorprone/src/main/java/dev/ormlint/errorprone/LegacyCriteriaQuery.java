package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code LegacyCriteriaQuery} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Legacy Hibernate Criteria API, removed in Hibernate 6",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "LegacyCriteriaQuery.md")
public final class LegacyCriteriaQuery extends OrmlintChecker {
}
