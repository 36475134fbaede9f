package dev.ormlint.rewriter.criteria;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.java.JavaParsing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Migrates the legacy queries of one source text, with the project index and the entity facts the
 * caller supplies: how a compiler plugin, which sees one compilation unit at a time but knows every
 * type of the compilation, migrates.
 */
public final class SourceMigrator {

    private final EntityModel model;
    private final QueryWriter writer;

    private final ProjectSources sources;
    private final PersistenceNamespace namespace;

    /**
     * @param sources   the files of the types in the index, for what a query uses from them (helpers, constants)
     * @param namespace where the migrated code's JPA types come from; AUTO is decided by the caller,
     *                  which knows the module's files ({@link PersistenceNamespace#usedBy})
     */
    public SourceMigrator(EntityModel model, MigrationStyle style, ProjectSources sources, PersistenceNamespace namespace) {
        this.model = model;
        this.writer = QueryWriter.of(style);
        this.sources = sources;
        if (namespace == PersistenceNamespace.AUTO) {
            throw new IllegalArgumentException("decide the namespace of the module first (PersistenceNamespace.usedBy)");
        }
        this.namespace = namespace;
    }

    /**
     * @param path  the file, as reported in outcomes and notices
     * @param index the types the file may name: its own, and those of the sources compiled with it
     * @return what became of each query; no outcomes when the text does not parse (a notice says why)
     */
    public SourceMigration migrate(Path path, String text, ProjectIndex index, Consumer<Notice> notices) {
        if (!FileMigrator.mayCreateQueries(text)) {
            return new SourceMigration(List.of(), Optional.empty());
        }
        JavaParsing.Parsed parsed = JavaParsing.parse(text);
        String name = path.toString();
        if (!parsed.ok()) {
            notices.accept(SourceIndexing.parseError(name, parsed));
            return new SourceMigration(List.of(), Optional.empty());
        }
        return new FileMigrator(index, model, writer, sources).migrate(path, name, text, parsed.unit(), namespace, notices);
    }
}
