package dev.ormlint.rules.python;

/** An unbounded source of rows a loop can run over: its size is the data's, not the code's. */
enum RowSource {
    QUERY("per row of a query"),
    FILE("per row of a file"),
    API_RESPONSE("per row of an API response"),
    COUNT("per iteration of a range over a count");

    private final String perRow;

    RowSource(String perRow) {
        this.perRow = perRow;
    }

    /** How a message says "for each of these": {@code per row of a file}. */
    String perRow() {
        return perRow;
    }
}
