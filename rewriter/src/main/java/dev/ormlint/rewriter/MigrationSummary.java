package dev.ormlint.rewriter;

import dev.ormlint.analyzer.report.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a migration is summed up for people, the same in the CLI and the Maven build log: one line
 * per query left unmigrated with its reason, a count line, and the counts by reason.
 */
public final class MigrationSummary {

    private MigrationSummary() {
    }

    /**
     * {@code path:line: left as it was: construct: reason} for each query that was not migrated,
     * control characters escaped for the terminal.
     */
    public static List<String> leftQueries(MigrationReport report) {
        return report.queries().stream()
                .filter(q -> q.status() == QueryOutcome.Status.LEFT)
                .map(q -> TerminalText.escape(q.path() + ":" + q.line() + ": left as it was: " + q.construct() + ": "
                        + q.reason()))
                .toList();
    }

    /** {@code path: not written: why} for each file a migration could not write, escaped for the terminal. */
    public static List<String> notWritten(MigrationFiles.Written written) {
        return written.notWritten().entrySet().stream()
                .map(e -> TerminalText.escape(e.getKey() + ": not written: " + e.getValue()))
                .toList();
    }

    /** E.g. {@code 3 legacy queries found, 2 migrated, 1 left; 1 file}, then one indented line per reason. */
    public static List<String> counts(MigrationReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.found() + " legacy " + plural(report.found(), "query", "queries") + " found, "
                + report.migrated() + " migrated, " + report.left() + " left; " + report.files().size() + " "
                + plural(report.files().size(), "file", "files"));
        for (Map.Entry<String, Integer> reason : report.leftByReason().entrySet()) {
            lines.add(String.format(Locale.ROOT, "  %3d  %s", reason.getValue(), reason.getKey()));
        }
        return lines;
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
