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
        /** A symbolic link that leads out of the scanned tree, or a file a migration must not write through. */
        SYMBOLIC_LINK,
        /** Not a regular file: a FIFO, a device or a socket, which could block or never end. */
        SPECIAL_FILE,
        /** The file took longer than the time budget for one file and was left. */
        TIME_BUDGET,
        /** The file nests or chains deeper than the parser or the models can follow. */
        TOO_DEEP,
        /** No parser for the file's language runs on this machine (tree-sitter's native library for Python). */
        PARSER_UNAVAILABLE,
        /** The baseline names no file under the scan root: it was recorded for another root. */
        BASELINE_MISMATCH,
        /** The cache file could not be used (unreadable, corrupt, not a cache) or written: the scan ran without it. */
        CACHE,
        INTERNAL_ERROR
    }
}
