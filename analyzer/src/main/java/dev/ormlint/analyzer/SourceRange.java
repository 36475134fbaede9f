package dev.ormlint.analyzer;

import com.github.javaparser.Range;

/** A 1-based, inclusive range of source positions, as JavaParser reports them. */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn) {

    public SourceRange {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("invalid range " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    public static SourceRange line(int line, int startColumn, int endColumn) {
        return new SourceRange(line, startColumn, line, endColumn);
    }

    public static SourceRange of(Range range) {
        return new SourceRange(range.begin.line, range.begin.column, range.end.line, range.end.column);
    }
}
