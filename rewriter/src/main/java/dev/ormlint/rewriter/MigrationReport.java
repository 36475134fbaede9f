package dev.ormlint.rewriter;

import dev.ormlint.analyzer.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a migration: the changed files, every legacy query found with its outcome, and
 * notices for files that could not be read or parsed.
 */
public record MigrationReport(List<FileMigration> files, List<QueryOutcome> queries, List<Notice> notices) {

    public MigrationReport {
        files = List.copyOf(files);
        queries = List.copyOf(queries);
        notices = List.copyOf(notices);
    }

    /** This report and {@code other} as one: their files, queries and (distinct) notices. */
    public MigrationReport plus(MigrationReport other) {
        List<FileMigration> allFiles = new ArrayList<>(files);
        allFiles.addAll(other.files);
        List<QueryOutcome> allQueries = new ArrayList<>(queries);
        allQueries.addAll(other.queries);
        List<Notice> allNotices = new ArrayList<>(notices);
        other.notices.stream().filter(n -> !notices.contains(n)).forEach(allNotices::add);
        return new MigrationReport(allFiles, allQueries, allNotices);
    }

    public int found() {
        return queries.size();
    }

    public int migrated() {
        return (int) queries.stream().filter(q -> q.status() == QueryOutcome.Status.MIGRATED).count();
    }

    public int left() {
        return found() - migrated();
    }

    /** How many queries were left for each reason, reasons sorted by name. */
    public Map<String, Integer> leftByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        queries.stream()
                .filter(q -> q.status() == QueryOutcome.Status.LEFT)
                .forEach(q -> counts.merge(q.reason(), 1, Integer::sum));
        return counts;
    }
}
