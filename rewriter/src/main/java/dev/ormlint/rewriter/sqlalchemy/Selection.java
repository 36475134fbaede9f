package dev.ormlint.rewriter.sqlalchemy;

/** What a query selects, which decides how its rows come back. */
enum Selection {
    /** One mapped class or alias: the legacy Query returns objects (de-duplicated), {@code session.scalars()} does. */
    ONE_ENTITY,
    /** Columns, several entities or a Table: the legacy Query returns Rows, {@code session.execute()} does. */
    ROWS,
    /** A name that could be either. */
    UNKNOWN
}
