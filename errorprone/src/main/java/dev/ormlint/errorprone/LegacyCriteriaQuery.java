package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;

/**
 * ormlint's {@code LegacyCriteriaQuery} rule as an Error Prone check. Its fix is the query migrated
 * to the JPA Criteria API by ormlint's migration engine, with entity property types read from javac,
 * so {@code -XepPatchChecks:LegacyCriteriaQuery} writes what {@code ormlint migrate} would.
 */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Legacy Hibernate Criteria API, removed in Hibernate 6",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "LegacyCriteriaQuery.md")
public final class LegacyCriteriaQuery extends OrmlintChecker {

    /** Says whether the suggested fix migrates the query, and if not, why. */
    @Override
    String message(PlacedFinding placed, VisitorState state) {
        if (!fix(placed, state).isEmpty()) {
            return placed.finding().message() + " The suggested fix migrates it to the JPA Criteria API"
                    + " (apply with -XepPatchChecks:LegacyCriteriaQuery, or run `ormlint migrate`).";
        }
        String message = super.message(placed, state);
        return CriteriaFixes.of(state).whyLeft(placed.finding().range().startLine())
                .map(reason -> message + " No automatic fix: " + reason + ".")
                .orElse(message);
    }

    @Override
    SuggestedFix fix(PlacedFinding placed, VisitorState state) {
        return CriteriaFixes.of(state).fixAt(placed.startOffset());
    }
}
