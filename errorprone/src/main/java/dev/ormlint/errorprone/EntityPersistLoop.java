package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code EntityPersistLoop} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Entities saved one by one in a loop through the ORM, with no flush-and-clear batching",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "EntityPersistLoop.md")
public final class EntityPersistLoop extends OrmlintChecker {
}
