package dev.ormlint.analyzer;

import java.nio.file.Path;

/**
 * A file the scan looks at.
 *
 * @param absolutePath  where it is on disk
 * @param relativePath  its path relative to the scan root, '/'-separated, as findings show it
 * @param kind          Java source, Python source or a configuration file
 */
public record SourceFile(Path absolutePath, String relativePath, Kind kind) {

    public enum Kind {
        JAVA,
        PYTHON,
        CONFIG
    }
}
