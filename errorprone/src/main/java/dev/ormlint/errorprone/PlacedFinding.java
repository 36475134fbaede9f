package dev.ormlint.errorprone;

import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import dev.ormlint.analyzer.Finding;

/**
 * A finding with its range turned into javac character offsets, and the declaration (class,
 * method, variable, or the compilation unit) whose matcher reports it.
 *
 * @param startOffset first character of the finding, 0-based
 * @param endOffset   one past its last character
 */
record PlacedFinding(Finding finding, JCTree declaration, int startOffset, int endOffset) {

    /** The diagnostic points at the finding itself, not at the declaration that reports it. */
    DiagnosticPosition position() {
        return new DiagnosticPosition() {
            @Override
            public JCTree getTree() {
                return declaration;
            }

            @Override
            public int getStartPosition() {
                return startOffset;
            }

            @Override
            public int getPreferredPosition() {
                return startOffset;
            }

            @Override
            public int getEndPosition(EndPosTable endPosTable) {
                return endOffset;
            }
        };
    }
}
