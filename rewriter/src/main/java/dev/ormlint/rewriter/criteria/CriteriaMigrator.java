package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.FileMigration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.FileDiscovery;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.java.TypeFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Migrates legacy Hibernate Criteria queries to the JPA Criteria API or HQL. Reads every Java file
 * of the request for the project index, models the entities the queries name with Spoon, and
 * migrates the files that create legacy queries. Nothing is written: the report holds the new
 * text of each changed file, for a caller to show as a diff or write.
 */
public final class CriteriaMigrator {

    /** A file that creates legacy queries, kept parsed between the passes. */
    private record Candidate(SourceFile file, String text, CompilationUnit unit) {
    }

    public MigrationReport migrate(MigrationRequest request) throws IOException {
        FileDiscovery.Result discovered = new FileDiscovery(request.root(), request.excludes()).discover(request.paths());
        List<Notice> notices = new ArrayList<>(discovered.notices());
        SourceReader reader = new SourceReader(request.encoding());
        List<TypeInfo> types = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        ModuleNamespaces namespaces = new ModuleNamespaces(request.root(), request.namespace());
        for (SourceFile file : discovered.files()) {
            if (file.kind() != SourceFile.Kind.JAVA) {
                continue;
            }
            SourceReader.Read read = reader.read(file);
            if (!read.ok()) {
                notices.add(read.notice());
                continue;
            }
            JavaParsing.Parsed parsed = JavaParsing.parse(read.text());
            if (!parsed.ok()) {
                notices.add(new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "cannot parse: " + parsed.problem()));
                continue;
            }
            types.addAll(IndexBuilder.typesOf(parsed.unit(), file.relativePath()));
            namespaces.add(file.absolutePath(), read.text());
            if (FileMigrator.mayCreateQueries(read.text())) {
                candidates.add(new Candidate(file, read.text(), parsed.unit()));
            }
        }
        ProjectIndex index = ProjectIndex.of(types);
        EntityModel model = entityModel(request, index, candidates, notices);
        QueryWriter writer = QueryWriter.of(request.style());
        FileMigrator migrator = new FileMigrator(index, model, writer,
                ProjectSources.under(request.root(), request.encoding()));
        List<FileMigration> files = new ArrayList<>();
        List<QueryOutcome> queries = new ArrayList<>();
        for (Candidate candidate : candidates) {
            try {
                SourceMigration result = migrator.migrate(candidate.file().absolutePath(),
                        candidate.file().relativePath(), candidate.text(), candidate.unit(),
                        namespaces.of(candidate.file().absolutePath()), notices::add);
                queries.addAll(result.outcomes());
                result.migration().ifPresent(files::add);
            } catch (RuntimeException e) {
                notices.add(new Notice(candidate.file().relativePath(), Notice.Kind.INTERNAL_ERROR,
                        "migration failed and the file was left unchanged: " + e));
            }
        }
        return new MigrationReport(files, queries, notices);
    }

    /** The entity an argument names: {@code X.class}, or a {@code Class<X>} known only at run time. */
    private static Optional<String> entityNamed(Expression argument, TypeFacts facts) {
        if (argument instanceof ClassExpr literal) {
            return facts.resolveName(literal.getType().asString(), argument);
        }
        return facts.typeOf(argument).filter(t -> t.is("java.lang.Class") && t.typeArguments().size() == 1)
                .map(t -> t.typeArguments().get(0)).filter(TypeRef::resolved).map(TypeRef::name);
    }

    /**
     * Models the entity classes the queries name, their superclasses and the types of their fields
     * that are declared in the sources (embeddables, associations), transitively.
     */
    private static EntityModel entityModel(MigrationRequest request, ProjectIndex index, List<Candidate> candidates,
                                           List<Notice> notices) {
        Deque<String> pending = new ArrayDeque<>();
        for (Candidate candidate : candidates) {
            TypeFacts facts = new TypeFacts(candidate.unit(), index);
            for (MethodCallExpr creation : FileMigrator.creations(candidate.unit(), facts)) {
                creation.getArguments().stream().map(a -> entityNamed(a, facts)).flatMap(Optional::stream).findFirst()
                        .ifPresent(pending::add);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<Path> sources = new LinkedHashSet<>();
        Path base = request.root().toAbsolutePath().normalize();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            index.type(name).ifPresent(type -> {
                sources.add(base.resolve(type.path()));
                index.supertypes(name).forEach(s -> pending.add(s.name()));
                type.fields().keySet().forEach(field -> index.fieldType(TypeRef.of(name), field)
                        .ifPresent(t -> {
                            pending.add(t.name());
                            t.typeArguments().forEach(a -> pending.add(a.name()));
                        }));
            });
        }
        try {
            return SpoonEntityModel.of(sources, request.encoding());
        } catch (RuntimeException e) {
            notices.add(new Notice("", Notice.Kind.INTERNAL_ERROR,
                    "entity sources could not be modelled, no query can be migrated: " + e));
            return SpoonEntityModel.of(List.of(), request.encoding());
        }
    }
}
