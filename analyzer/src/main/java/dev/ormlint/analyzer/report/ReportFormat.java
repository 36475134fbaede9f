package dev.ormlint.analyzer.report;

/** The output formats of a scan, as named on the command line ({@code --format text|json|sarif}). */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF;

    /** A reporter for this format; {@code colour} asks for ANSI colour where the format has any. */
    public Reporter reporter(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReporter(colour);
            case JSON -> new JsonReporter(ToolInfo.current());
            case SARIF -> new SarifReporter(ToolInfo.current());
        };
    }
}
