package dev.ormlint.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.TextEdit;
import java.util.List;

/**
 * The Error Prone face of one ormlint rule: the subclass's {@code @BugPattern} name is the rule id.
 * The rule itself runs inside the shared per-unit analysis ({@link UnitFindings}); this checker
 * only reports that rule's findings, each from the matcher of the innermost class, method or
 * variable declaration around it (the compilation unit for imports), so that Error Prone's
 * {@code @SuppressWarnings("RuleId")} applies to it like to any built-in check. The analyzer itself
 * has already dropped findings under {@code @SuppressWarnings("ormlint:RuleId")}.
 */
public abstract class OrmlintChecker extends BugChecker
        implements CompilationUnitTreeMatcher, ClassTreeMatcher, MethodTreeMatcher, VariableTreeMatcher {

    /** Where the rule pages live; each checker's {@code link} is this plus {@code <RuleId>.md}. */
    public static final String DOCS = "https://github.com/ormlint/ormlint/blob/main/docs/rules/";

    @Override
    public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
        return reportFindingsOf(tree, state);
    }

    @Override
    public final Description matchClass(ClassTree tree, VisitorState state) {
        return reportFindingsOf(tree, state);
    }

    @Override
    public final Description matchMethod(MethodTree tree, VisitorState state) {
        return reportFindingsOf(tree, state);
    }

    @Override
    public final Description matchVariable(VariableTree tree, VisitorState state) {
        return reportFindingsOf(tree, state);
    }

    private Description reportFindingsOf(Tree declaration, VisitorState state) {
        for (PlacedFinding placed : UnitFindings.of(state).placedIn(declaration, canonicalName())) {
            state.reportMatch(describe(placed, state));
        }
        return Description.NO_MATCH;
    }

    private Description describe(PlacedFinding placed, VisitorState state) {
        Description.Builder description = buildDescription(placed.position()).setMessage(message(placed, state));
        if (placed.finding().severity() == Severity.INFO) {
            // A finding the rule itself lowered to info is a note in javac, whatever the check's level.
            description.overrideSeverity(SeverityLevel.SUGGESTION);
        }
        SuggestedFix fix = fix(placed, state);
        if (!fix.isEmpty()) {
            description.addFix(fix);
        }
        return description.build();
    }

    /** The diagnostic's text: the finding's message and how to fix it. */
    String message(PlacedFinding placed, VisitorState state) {
        Finding finding = placed.finding();
        return finding.message() + " " + finding.fixHint();
    }

    /** The fix offered with the diagnostic: the finding's own edits, unless the checker has better. */
    SuggestedFix fix(PlacedFinding placed, VisitorState state) {
        return replacing(placed.finding().edits()).build();
    }

    /** A fix that makes these edits (offsets into the unit's source, javac's too), to which more can be added. */
    static SuggestedFix.Builder replacing(List<TextEdit> edits) {
        SuggestedFix.Builder fix = SuggestedFix.builder();
        for (TextEdit edit : edits) {
            fix.replace(edit.startOffset(), edit.endOffset(), edit.replacement());
        }
        return fix;
    }
}
