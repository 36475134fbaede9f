package dev.ormlint.analyzer;

import java.nio.file.Path;

/**
 * A file the scan looks at.
 *
 * @param absolutePath  where it is on disk
 * @param relativePath  its path relative to the scan root, '/'-separated, as findings show it
 * @param kind          Java source, Python source, a configuration file, or a property resource
 */
public record SourceFile(Path absolutePath, String relativePath, Kind kind) {

    public enum Kind {
        JAVA,
        PYTHON,
        CONFIG,
        /**
         * A {@code .properties} file in a resource folder, which an application may load by name
         * ({@code @PropertySource}); read only when a rule resolves a placeholder against it.
         */
        PROPERTY_RESOURCE
    }
}
