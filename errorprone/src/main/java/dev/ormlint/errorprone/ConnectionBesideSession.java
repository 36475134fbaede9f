package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code ConnectionBesideSession} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Second connection or session opened inside an ORM transaction",
        severity = ERROR,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "ConnectionBesideSession.md")
public final class ConnectionBesideSession extends OrmlintChecker {
}
