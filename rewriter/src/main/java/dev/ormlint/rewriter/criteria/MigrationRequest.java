package dev.ormlint.rewriter.criteria;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What to migrate and how.
 *
 * @param paths    files or directories to migrate (entity sources among them are read for property types)
 * @param root     the directory reported paths are relative to
 * @param style    what migrated queries are written as
 * @param excludes glob patterns matched against root-relative paths
 * @param encoding the Java sources' encoding, read and written back in it
 * @param namespace where the migrated code's JPA types come from ({@code AUTO}: as each module already is)
 */
public record MigrationRequest(List<Path> paths, Path root, MigrationStyle style, List<String> excludes,
                               Charset encoding, PersistenceNamespace namespace) {

    public MigrationRequest {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("nothing to migrate");
        }
    }

    /** Each module keeps the persistence namespace it uses. */
    public MigrationRequest(List<Path> paths, Path root, MigrationStyle style, List<String> excludes, Charset encoding) {
        this(paths, root, style, excludes, encoding, PersistenceNamespace.AUTO);
    }

    /** Sources in UTF-8, each module keeping its persistence namespace. */
    public MigrationRequest(List<Path> paths, Path root, MigrationStyle style, List<String> excludes) {
        this(paths, root, style, excludes, StandardCharsets.UTF_8);
    }
}
