package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;

/** ormlint's {@code LoaderOptionOnNativeQuery} rule as an Error Prone check. */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Entity graph or JOIN FETCH on a native SQL query, which fails at run time",
        severity = ERROR,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "LoaderOptionOnNativeQuery.md")
public final class LoaderOptionOnNativeQuery extends OrmlintChecker {
}
