package dev.ormlint.analyzer.report;

import dev.ormlint.analyzer.AtomicFiles;
import dev.ormlint.analyzer.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a scan result in one output format. Shared by the CLI and the Maven plugin. */
public interface Reporter {

    /** Writes the whole report to {@code out}, flushes it and leaves it open. */
    void write(ScanResult result, Writer out) throws IOException;

    /** Writes the whole report to {@code file} in UTF-8, atomically, creating its directory. */
    default void writeTo(ScanResult result, Path file) throws IOException {
        StringWriter buffer = new StringWriter();
        write(result, buffer);
        AtomicFiles.write(file, buffer.toString().getBytes(StandardCharsets.UTF_8));
    }
}
