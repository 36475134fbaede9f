package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.ormlint.analyzer.Analyzer;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceCheck;
import dev.ormlint.analyzer.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every ormlint finding of one compilation unit, grouped by the declaration whose matcher reports
 * it. The analyzer runs once per unit whichever checker asks first ({@link UnitCache}).
 */
final class UnitFindings {

    private static final UnitCache<UnitFindings> CACHE = new UnitCache<>(UnitFindings::analyze);
    /** The rules' triggers are worked out from the compilation's index once, not for every unit. */
    private static final CompilationCache<SourceCheck> SOURCE_CHECK =
            new CompilationCache<>(state -> SharedAnalyzer.INSTANCE.sourceCheck(CompilationIndex.of(state)));
    private static final UnitFindings NONE = new UnitFindings(Map.of());

    private final Map<Tree, List<PlacedFinding>> byDeclaration;

    private UnitFindings(Map<Tree, List<PlacedFinding>> byDeclaration) {
        this.byDeclaration = byDeclaration;
    }

    static UnitFindings of(VisitorState state) {
        return CACHE.of(state);
    }

    /** The findings of rule {@code ruleId} that {@code declaration}'s matcher reports. */
    List<PlacedFinding> placedIn(Tree declaration, String ruleId) {
        List<PlacedFinding> placed = byDeclaration.get(declaration);
        return placed == null ? List.of() : placed.stream().filter(p -> p.finding().ruleId().equals(ruleId)).toList();
    }

    private static UnitFindings analyze(CompilationUnitTree unit, VisitorState state) {
        CharSequence source = state.getSourceCode();
        if (source == null) {
            return NONE;
        }
        String path = unit.getSourceFile().getName();
        List<Notice> notices = new ArrayList<>();
        List<Finding> findings = SOURCE_CHECK.of(state).check(path, source.toString(), notices::add);
        CompilerNotices.print(state, notices);
        if (findings.isEmpty()) {
            return NONE;
        }
        Map<Tree, List<PlacedFinding>> byDeclaration = new IdentityHashMap<>();
        for (PlacedFinding placed : DeclarationLocator.place((JCCompilationUnit) unit, findings)) {
            byDeclaration.computeIfAbsent(placed.declaration(), d -> new ArrayList<>()).add(placed);
        }
        return new UnitFindings(byDeclaration);
    }

    /** One analyzer per class loader: the rule registry is found once, and rules keep no state between files. */
    private static final class SharedAnalyzer {
        static final Analyzer INSTANCE = new Analyzer(RuleRegistry.load(UnitFindings.class.getClassLoader()));
    }
}
