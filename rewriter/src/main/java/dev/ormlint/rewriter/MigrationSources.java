package dev.ormlint.rewriter;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.FileDiscovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The source files of one language a migration is given: discovered under its paths (excludes
 * applied, paths relative to the root), with the notices discovery raised.
 */
public record MigrationSources(List<SourceFile> files, List<Notice> notices) {

    public MigrationSources {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
    }

    public static MigrationSources discover(List<Path> paths, Path root, List<String> excludes, SourceFile.Kind kind)
            throws IOException {
        FileDiscovery.Result discovered = new FileDiscovery(root, excludes).discover(paths);
        return new MigrationSources(discovered.files().stream().filter(f -> f.kind() == kind).toList(), discovered.notices());
    }
}
