package dev.ormlint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import dev.ormlint.rewriter.criteria.MigrationStyle;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import java.util.Arrays;
import javax.inject.Inject;

/**
 * ormlint's {@code LegacyCriteriaQuery} rule as an Error Prone check. Its fix is the query migrated
 * by ormlint's migration engine, with entity property types read from javac, so
 * {@code -XepPatchChecks:LegacyCriteriaQuery} writes what {@code ormlint migrate} would. The fix is
 * written in the JPA Criteria API, or as HQL with {@code -XepOpt:LegacyCriteriaQuery:Style=hql}
 * (as {@code ormlint migrate --style}).
 */
@AutoService(BugChecker.class)
@BugPattern(
        summary = "Legacy Hibernate Criteria API, removed in Hibernate 6",
        severity = WARNING,
        linkType = CUSTOM,
        link = OrmlintChecker.DOCS + "LegacyCriteriaQuery.md")
public final class LegacyCriteriaQuery extends OrmlintChecker {

    static final String STYLE_FLAG = "LegacyCriteriaQuery:Style";
    static final String NAMESPACE_FLAG = "LegacyCriteriaQuery:Namespace";

    private final MigrationStyle style;
    private final UnitCache<CriteriaFixes> fixes;

    /**
     * For {@link java.util.ServiceLoader}, which requires a public no-argument constructor of every
     * provider it lists, even when the caller (Error Prone) only wants the class; never used to check.
     */
    public LegacyCriteriaQuery() {
        this(ErrorProneFlags.empty());
    }

    /** The constructor Error Prone uses: it injects the {@code -XepOpt} flags into the one marked {@code @Inject}. */
    @Inject
    public LegacyCriteriaQuery(ErrorProneFlags flags) {
        this.style = flags.get(STYLE_FLAG).map(LegacyCriteriaQuery::style).orElse(MigrationStyle.CRITERIA);
        PersistenceNamespace namespace = flags.get(NAMESPACE_FLAG).map(LegacyCriteriaQuery::namespace)
                .orElse(PersistenceNamespace.AUTO);
        this.fixes = new UnitCache<>((unit, state) -> CriteriaFixes.migrate(unit, state, style, namespace));
    }

    private static PersistenceNamespace namespace(String value) {
        return Arrays.stream(PersistenceNamespace.values()).filter(n -> n.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("-XepOpt:" + NAMESPACE_FLAG + "=" + value
                        + " is not a persistence namespace; use auto, javax or jakarta"));
    }

    private static MigrationStyle style(String value) {
        return Arrays.stream(MigrationStyle.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("-XepOpt:" + STYLE_FLAG + "=" + value
                        + " is not a migration style; use criteria or hql"));
    }

    /** Says whether the suggested fix migrates the query, and if not, why. */
    @Override
    String message(PlacedFinding placed, VisitorState state) {
        if (!fix(placed, state).isEmpty()) {
            return placed.finding().message() + " The suggested fix migrates it to "
                    + (style == MigrationStyle.HQL ? "an HQL query" : "the JPA Criteria API")
                    + " (apply with -XepPatchChecks:LegacyCriteriaQuery, or run `ormlint migrate`).";
        }
        String message = super.message(placed, state);
        return fixes.of(state).whyLeft(placed.finding().range().startLine())
                .map(reason -> message + " No automatic fix: " + reason + ".")
                .orElse(message);
    }

    @Override
    SuggestedFix fix(PlacedFinding placed, VisitorState state) {
        return fixes.of(state).fixAt(placed.startOffset());
    }
}
