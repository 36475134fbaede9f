package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** The checker of the test-only {@link dev.ormlint.errorprone.testrules.CreateSqlQuery} rule. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Session.createSQLQuery, removed in Hibernate 6",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "CreateSqlQuery.md")
public final class CreateSqlQuery extends OrmlintChecker {
}
