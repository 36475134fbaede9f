package dev.ormlint.rewriter;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.ImportScope;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.java.JavaParsing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Migrates the legacy queries of one source text, with entity facts from a model the caller
 * supplies: how a compiler plugin, which sees one compilation unit at a time but knows every type,
 * migrates. Only the file itself is indexed; types it names without an import (its own package's)
 * are resolved when the caller lists them as {@code visibleTypes}.
 */
public final class SourceMigrator {

    private final EntityModel model;
    private final QueryWriter writer;

    public SourceMigrator(EntityModel model, MigrationStyle style) {
        this.model = model;
        this.writer = style == MigrationStyle.HQL ? new HqlWriter() : new CriteriaWriter();
    }

    /**
     * @param path         the file, as reported in outcomes and notices
     * @param visibleTypes qualified names of types declared in other files that this file may name
     * @return what became of each query; empty outcomes when the text does not parse (a notice says why)
     */
    public SourceMigration migrate(Path path, String text, Collection<String> visibleTypes, Consumer<Notice> notices) {
        JavaParsing.Parsed parsed = JavaParsing.parse(text);
        String name = path.toString();
        if (!parsed.ok()) {
            notices.accept(new Notice(name, Notice.Kind.PARSE_ERROR, "cannot parse: " + parsed.problem()));
            return new SourceMigration(List.of(), Optional.empty());
        }
        List<TypeInfo> types = new ArrayList<>(IndexBuilder.typesOf(parsed.unit(), name));
        visibleTypes.stream().filter(t -> types.stream().noneMatch(d -> d.qualifiedName().equals(t)))
                .map(SourceMigrator::nameOnly).forEach(types::add);
        return new FileMigrator(ProjectIndex.of(types), model, writer).migrate(path, name, text, parsed.unit(), notices);
    }

    /** A type known by name only: enough to resolve a simple name to it. */
    private static TypeInfo nameOnly(String qualifiedName) {
        String packageName = qualifiedName.contains(".") ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) : "";
        return new TypeInfo(qualifiedName, TypeInfo.Kind.CLASS, "", new ImportScope(packageName, Map.of(), List.of(),
                Map.of(), List.of()), List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of());
    }
}
