package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.SourceRange;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads {@code .properties} files with line numbers. {@link Properties} keeps no lines, so this
 * splits the text into logical lines itself (comments, blank lines, backslash continuations) and
 * lets {@link Properties#load} decode each one, which keeps the JDK's exact handling of
 * separators and escapes. Spring Boot's {@code #---} separator starts a new document.
 */
public final class PropertiesConfigReader {

    public List<ConfigDocument> read(SourceFile file, String text) throws ConfigFormatException {
        List<ConfigDocument> documents = new ArrayList<>();
        List<ConfigEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.equals("#---") || line.equals("!---")) {
                documents.addAll(ConfigDocuments.of(file, entries));
                entries = new ArrayList<>();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsWithContinuation(lines[i]) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            entries.add(entry(file, logical.toString(), first + 1, lines[first]));
        }
        documents.addAll(ConfigDocuments.of(file, entries));
        return documents;
    }

    private static ConfigEntry entry(SourceFile file, String logicalLine, int lineNumber, String firstLine)
            throws ConfigFormatException {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logicalLine));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigFormatException("line " + lineNumber + ": " + e.getMessage(), e);
        }
        String key = one.stringPropertyNames().iterator().next();
        int column = firstLine.length() - firstLine.stripLeading().length() + 1;
        return new ConfigEntry(key, one.getProperty(key), file,
                SourceRange.line(lineNumber, column, Math.max(column, firstLine.stripTrailing().length())));
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
