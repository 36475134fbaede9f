package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.FileMigration;
import java.util.List;
import java.util.Optional;

/**
 * What became of one file: the outcome of each of its legacy queries, in line order, and the
 * migration when at least one query was rewritten.
 */
public record SourceMigration(List<QueryOutcome> outcomes, Optional<FileMigration> migration) {

    public SourceMigration {
        outcomes = List.copyOf(outcomes);
    }
}
