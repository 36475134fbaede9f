package dev.ormlint.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.TreeInfo;
import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns findings' line and column ranges into javac offsets (through the unit's line map: the
 * analyzer parsed the same text javac did) and finds the innermost class, method or variable
 * declaration around each one's start. A finding outside every declaration (an import) stays with
 * the compilation unit. Declarations javac generated (default constructors, record members) have
 * no end position and are never chosen.
 */
final class DeclarationLocator extends TreeScanner<Void, Void> {

    private final EndPosTable endPositions;
    private final List<Candidate> candidates = new ArrayList<>();

    /** A finding and the smallest declaration seen so far that contains its start. */
    private static final class Candidate {
        final Finding finding;
        final int start;
        final int end;
        JCTree declaration;
        int declarationLength = Integer.MAX_VALUE;

        Candidate(Finding finding, int start, int end, JCTree unit) {
            this.finding = finding;
            this.start = start;
            this.end = end;
            this.declaration = unit;
        }
    }

    private DeclarationLocator(EndPosTable endPositions) {
        this.endPositions = endPositions;
    }

    static List<PlacedFinding> place(JCCompilationUnit unit, List<Finding> findings) {
        DeclarationLocator locator = new DeclarationLocator(unit.endPositions);
        LineMap lines = unit.getLineMap();
        for (Finding finding : findings) {
            SourceRange range = finding.range();
            int start = offset(lines, range.startLine(), range.startColumn());
            int end = offset(lines, range.endLine(), range.endColumn()) + 1;
            locator.candidates.add(new Candidate(finding, start, end, unit));
        }
        locator.scan(unit, null);
        return locator.candidates.stream()
                .map(c -> new PlacedFinding(c.finding, c.declaration, c.start, c.end))
                .toList();
    }

    private static int offset(LineMap lines, int line, int column) {
        return (int) lines.getStartPosition(line) + column - 1;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        consider(tree);
        return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
        consider(tree);
        return super.visitMethod(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
        consider(tree);
        return super.visitVariable(tree, unused);
    }

    private void consider(Tree tree) {
        JCTree declaration = (JCTree) tree;
        int start = TreeInfo.getStartPos(declaration);
        int end = declaration.getEndPosition(endPositions);
        if (end < 0) {
            return;
        }
        for (Candidate candidate : candidates) {
            if (start <= candidate.start && candidate.start < end && end - start < candidate.declarationLength) {
                candidate.declaration = declaration;
                candidate.declarationLength = end - start;
            }
        }
    }
}
