package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code EntityUpdateLoop} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Entities loaded then changed one by one with setters where one set-based UPDATE would do",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "EntityUpdateLoop.md")
public final class EntityUpdateLoop extends OrmlintChecker {
}
