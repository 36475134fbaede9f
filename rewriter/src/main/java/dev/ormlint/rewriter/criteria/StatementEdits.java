package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.ormlint.analyzer.TextEdit;
import java.util.List;

/** Text edits that add, replace or drop whole statements, keeping the indentation of the code around them. */
final class StatementEdits {

    private final SourceText source;

    StatementEdits(SourceText source) {
        this.source = source;
    }

    /** Puts {@code lines} before {@code statement}, each on its own line at the statement's indentation. */
    TextEdit insertBefore(Statement statement, List<String> lines) {
        String indent = source.indentOf(statement);
        String separator = source.lineSeparator();
        if (source.startsLine(statement)) {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(indent).append(line).append(separator));
            return new TextEdit(source.lineStart(source.start(statement)), source.lineStart(source.start(statement)), text.toString());
        }
        return new TextEdit(source.start(statement), source.start(statement),
                String.join(separator + indent, lines) + separator + indent);
    }

    /** Replaces {@code statement} by {@code lines}; no lines removes it, with its line when it is alone there. */
    TextEdit replace(Statement statement, List<String> lines) {
        int start = source.start(statement);
        int end = source.end(statement);
        if (lines.isEmpty()) {
            if (source.startsLine(statement) && source.endsLine(statement)) {
                return new TextEdit(source.lineStart(start), source.nextLineStart(end - 1), "");
            }
            return new TextEdit(start, end, statement.getParentNode().orElse(null) instanceof BlockStmt ? "" : ";");
        }
        if (!(statement.getParentNode().orElse(null) instanceof BlockStmt) && lines.size() > 1) {
            return new TextEdit(start, end, "{ " + String.join(" ", lines) + " }");
        }
        return new TextEdit(start, end, String.join(source.lineSeparator() + source.indentOf(statement), lines));
    }

    TextEdit replace(Node node, String text) {
        return new TextEdit(source.start(node), source.end(node), text);
    }
}
