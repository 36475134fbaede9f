package dev.ormlint.rewriter.criteria;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The original text of a file with JavaParser positions mapped to offsets, so migrated code reuses
 * sub-expressions exactly as written and edits replace exact ranges.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;
    private final String lineSeparator;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.lineSeparator = text.contains("\r\n") ? "\r\n" : "\n";
    }

    String text() {
        return text;
    }

    String lineSeparator() {
        return lineSeparator;
    }

    int offset(Position position) {
        return lineStarts[position.line - 1] + position.column - 1;
    }

    int start(Node node) {
        return offset(range(node).begin);
    }

    /** Exclusive end offset. */
    int end(Node node) {
        return offset(range(node).end) + 1;
    }

    String of(Node node) {
        return text.substring(start(node), end(node));
    }

    /** Offset of the first character of the line holding {@code offset}. */
    int lineStart(int offset) {
        int line = lineIndex(offset);
        return lineStarts[line];
    }

    /** Offset just past the line terminator of the line holding {@code offset} (or the end of text). */
    int nextLineStart(int offset) {
        int line = lineIndex(offset);
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    /** The whitespace before the node on its line, when only whitespace precedes it there. */
    String indentOf(Node node) {
        int start = start(node);
        String before = text.substring(lineStart(start), start);
        return before.isBlank() ? before : before.replaceAll("\\S.*", "").replaceAll("[^\\t ]", " ");
    }

    boolean startsLine(Node node) {
        int start = start(node);
        return text.substring(lineStart(start), start).isBlank();
    }

    boolean endsLine(Node node) {
        int end = end(node);
        return text.substring(end, nextLineStart(end - 1)).isBlank();
    }

    int line(Node node) {
        return range(node).begin.line;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Range range(Node node) {
        return node.getRange().orElseThrow(() -> new IllegalStateException("node without position: " + node));
    }
}
