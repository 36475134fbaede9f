package dev.ormlint.rewriter.criteria;

/**
 * How a legacy query is run, and what the migrated query's run becomes: {@code c.list()} and
 * {@code c.uniqueResult()} themselves, or a project helper that finishes a Criteria
 * ({@code list(c)}, {@code singleResult(c)}, {@code count(c)}; see {@link DaoHelpers}).
 *
 * @param before    calls written before the terminal ({@code .setMaxResults(1)} of a first-row helper)
 * @param terminal  {@code list} or {@code uniqueResult}
 * @param after     calls written after it ({@code .intValue()} of a count returned as {@code int})
 * @param counts    whether the helper replaces the projection by {@code Projections.rowCount()}
 */
record Finisher(String before, String terminal, String after, boolean counts) {

    static final Finisher LIST = new Finisher("", "list", "", false);
    static final Finisher UNIQUE = new Finisher("", "uniqueResult", "", false);
    static final Finisher FIRST = new Finisher(".setMaxResults(1)", "uniqueResult", "", false);

    static Finisher count(String after) {
        return new Finisher("", "uniqueResult", after, true);
    }

    /** {@code c.list()} or {@code c.uniqueResult()}. */
    static Finisher direct(String terminal) {
        return terminal.equals("list") ? LIST : UNIQUE;
    }

    /** Whether the result is the list of rows as it comes back (typed by the query's row type). */
    boolean returnsRows() {
        return terminal.equals("list") && after.isEmpty();
    }

    boolean limitsToOne() {
        return !before.isEmpty();
    }

    /** {@code .setMaxResults(1).uniqueResult().intValue()}: the text after the query's own settings. */
    String run() {
        return before + "." + terminal + "()" + after;
    }
}
