package dev.ormlint.analyzer;

/**
 * Something the scan could not do for one file (it was skipped or only partly read), reported
 * beside the findings so that bad input never stops a scan silently.
 *
 * @param path    the file, relative to the scan root
 * @param kind    what went wrong
 * @param message a human sentence
 */
public record Notice(String path, Kind kind, String message) {

    public enum Kind {
        PARSE_ERROR,
        BINARY_FILE,
        /** Not text in the encoding the scan reads sources in. */
        NOT_DECODABLE,
        TOO_LARGE,
        UNREADABLE,
        FILESYSTEM_LOOP,
        /** No parser for the file's language runs on this machine (tree-sitter's native library for Python). */
        PARSER_UNAVAILABLE,
        /** The baseline names no file under the scan root: it was recorded for another root. */
        BASELINE_MISMATCH,
        INTERNAL_ERROR
    }
}
