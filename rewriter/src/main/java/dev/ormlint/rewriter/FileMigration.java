package dev.ormlint.rewriter;

import dev.ormlint.analyzer.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One file with at least one migrated query.
 *
 * @param absolutePath where it is on disk
 * @param relativePath relative to the request root, '/'-separated
 * @param original     its text before
 * @param migrated     its text after the edits
 * @param queries      the edits of each migrated query, over {@code original}
 * @param imports      the import edits the migrated queries together need, over {@code original}
 */
public record FileMigration(Path absolutePath, String relativePath, String original, String migrated,
                            List<QueryEdits> queries, List<TextEdit> imports) {

    /** Edits in the order they apply to a text: by start, then by end. */
    public static final Comparator<TextEdit> EDIT_ORDER = Comparator.comparingInt(TextEdit::startOffset)
            .thenComparingInt(TextEdit::endOffset);

    /**
     * The edits that rewrite one query, imports aside.
     *
     * @param creationOffset where the query's creation ({@code createCriteria(..)} call) starts in the original text
     */
    public record QueryEdits(int creationOffset, List<TextEdit> edits) {

        public QueryEdits {
            edits = List.copyOf(edits);
        }
    }

    public FileMigration {
        queries = List.copyOf(queries);
        imports = List.copyOf(imports);
    }

    /** Every edit, queries and imports, sorted and not overlapping: {@code migrated} is {@code original} with them applied. */
    public List<TextEdit> edits() {
        return inOrder(queries, imports);
    }

    /** {@code text} with {@code sortedEdits} (in {@link #EDIT_ORDER}, not overlapping) applied. */
    public static String apply(String text, List<TextEdit> sortedEdits) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit edit : sortedEdits) {
            out.append(text, at, edit.startOffset()).append(edit.replacement());
            at = edit.endOffset();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The edits of {@code queries} and {@code imports} together, in {@link #EDIT_ORDER}. */
    public static List<TextEdit> inOrder(List<QueryEdits> queries, List<TextEdit> imports) {
        List<TextEdit> all = new ArrayList<>(imports);
        queries.forEach(q -> all.addAll(q.edits()));
        all.sort(EDIT_ORDER);
        return List.copyOf(all);
    }
}
