package dev.ormlint.analyzer.config;

import dev.ormlint.analyzer.SourceFile;
import java.nio.file.Path;
import java.util.List;

/** Builds the inputs config reader tests share. */
final class ConfigTestFiles {

    private ConfigTestFiles() {
    }

    static SourceFile file(String relativePath) {
        return new SourceFile(Path.of(relativePath), relativePath, SourceFile.Kind.CONFIG);
    }

    /** Each entry as {@code key=value@line}, the shape assertions compare. */
    static List<String> describe(ConfigDocument document) {
        return document.entries().stream().map(e -> e.key() + "=" + e.value() + "@" + e.range().startLine()).toList();
    }
}
