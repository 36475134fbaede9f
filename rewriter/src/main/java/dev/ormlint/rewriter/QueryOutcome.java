package dev.ormlint.rewriter;

/**
 * What became of one legacy query.
 *
 * @param path      the file, relative to the request root
 * @param line      1-based line where the query is created
 * @param status    migrated or left as it was
 * @param construct the legacy construct that decided a LEFT ({@code Restrictions.sqlRestriction}); empty when migrated
 * @param reason    why it was left; empty when migrated
 */
public record QueryOutcome(String path, int line, Status status, String construct, String reason) {

    public enum Status {
        MIGRATED,
        LEFT
    }

    public static QueryOutcome migrated(String path, int line) {
        return new QueryOutcome(path, line, Status.MIGRATED, "", "");
    }

    public static QueryOutcome left(String path, int line, String construct, String reason) {
        return new QueryOutcome(path, line, Status.LEFT, construct, reason);
    }
}
