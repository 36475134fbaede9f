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
 */
public record MigrationRequest(List<Path> paths, Path root, MigrationStyle style, List<String> excludes,
                               Charset encoding) {

    public MigrationRequest {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("nothing to migrate");
        }
    }

    /** Sources in UTF-8. */
    public MigrationRequest(List<Path> paths, Path root, MigrationStyle style, List<String> excludes) {
        this(paths, root, style, excludes, StandardCharsets.UTF_8);
    }
}
