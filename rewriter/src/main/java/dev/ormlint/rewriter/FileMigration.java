package dev.ormlint.rewriter;

import dev.ormlint.analyzer.TextEdit;
import java.nio.file.Path;
import java.util.List;

/**
 * One file with at least one migrated query.
 *
 * @param absolutePath where it is on disk
 * @param relativePath relative to the request root, '/'-separated
 * @param original     its text before
 * @param migrated     its text after the edits
 * @param edits        the edits, over {@code original}, sorted and not overlapping
 */
public record FileMigration(Path absolutePath, String relativePath, String original, String migrated,
                            List<TextEdit> edits) {

    public FileMigration {
        edits = List.copyOf(edits);
    }
}
