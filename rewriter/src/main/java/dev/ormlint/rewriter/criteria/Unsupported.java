package dev.ormlint.rewriter.criteria;

/**
 * Thrown while reading a legacy query when a construct cannot be migrated faithfully; the query is
 * then left untouched and reported.
 */
final class Unsupported extends Exception {

    private final String construct;
    private final String reason;

    Unsupported(String construct, String reason) {
        super(construct + ": " + reason, null, false, false);
        this.construct = construct;
        this.reason = reason;
    }

    String construct() {
        return construct;
    }

    String reason() {
        return reason;
    }
}
