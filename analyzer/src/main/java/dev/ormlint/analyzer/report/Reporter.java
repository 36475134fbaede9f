package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in one output format. Shared by the CLI and the Maven plugin. */
public interface Reporter {

    /** Writes the whole report to {@code out}, flushes it and leaves it open. */
    void write(ScanResult result, Writer out) throws IOException;
}
