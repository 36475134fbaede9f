package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.MigrationSources;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.BoundedWork;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.java.TypeFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Migrates legacy Hibernate Criteria queries to the JPA Criteria API or HQL. Indexes the
 * declarations of every Java file of the request, fully parses only the files whose text can
 * create a legacy query, models the entities the queries name with Spoon, and migrates those
 * files. Nothing is written: the report holds the new text of each changed file, for a caller to
 * show as a diff or write.
 *
 * <p>Every file's work runs within a time budget on a large stack ({@link BoundedWork}): a file
 * over the budget, or too deep to follow, is a notice and left as it was, and the other files are
 * still migrated. An entity source Spoon cannot model is found by halving the sources and left
 * out of the model, so that it costs the queries on its own entities only.
 */
public final class CriteriaMigrator {

    /** A file that creates legacy queries, kept parsed between the passes. */
    private record Candidate(SourceFile file, String text, CompilationUnit unit) {
    }

    /** One Java file after the first pass: its declared types, and itself parsed when it may create queries. */
    private record Indexed(List<TypeInfo> types, Optional<Candidate> candidate, List<Notice> notices) {
    }

    private final Duration fileBudget;

    public CriteriaMigrator() {
        this(BoundedWork.FILE_BUDGET);
    }

    /** @param fileBudget how long one file may take before it is left as it was, with a notice */
    public CriteriaMigrator(Duration fileBudget) {
        this.fileBudget = fileBudget;
    }

    public MigrationReport migrate(MigrationRequest request) throws IOException {
        MigrationSources sources = MigrationSources.discover(request.paths(), request.root(), request.excludes(), SourceFile.Kind.JAVA);
        List<Notice> notices = new ArrayList<>(sources.notices());
        SourceReader reader = new SourceReader(request.encoding());
        List<SourceFile> javaFiles = sources.files();
        ModuleNamespaces namespaces = new ModuleNamespaces(request.root(), request.namespace());
        try (BoundedWork work = new BoundedWork(Runtime.getRuntime().availableProcessors(), fileBudget)) {
            List<TypeInfo> types = new ArrayList<>();
            List<Candidate> candidates = new ArrayList<>();
            List<BoundedWork.Outcome<Indexed>> indexed = work.map(javaFiles, file -> index(file, reader, namespaces));
            for (int i = 0; i < javaFiles.size(); i++) {
                BoundedWork.Outcome<Indexed> outcome = indexed.get(i);
                if (!outcome.ok()) {
                    notices.add(outcome.notice(javaFiles.get(i).relativePath(), fileBudget, "left as it was"));
                    continue;
                }
                types.addAll(outcome.value().types());
                outcome.value().candidate().ifPresent(candidates::add);
                notices.addAll(outcome.value().notices());
            }
            ProjectIndex index = ProjectIndex.of(types);
            Map<String, Path> onDisk = javaFiles.stream()
                    .collect(Collectors.toMap(SourceFile::relativePath, SourceFile::absolutePath, (a, b) -> a));
            BoundedWork.Outcome<Set<Path>> named = work.map(List.of(index), i -> entitySources(onDisk, i, candidates)).get(0);
            if (!named.ok()) {
                notices.add(named.notice("", fileBudget, "the entities the queries name are unknown, no query can be migrated"));
            }
            EntityModel model = new EntityModelling(work, request.encoding(), notices)
                    .model(named.ok() ? named.value() : Set.of(), request.root().toAbsolutePath().normalize());
            FileMigrator migrator = new FileMigrator(index, model, QueryWriter.of(request.style()),
                    ProjectSources.under(request.root(), request.encoding()));
            List<FileMigration> files = new ArrayList<>();
            List<QueryOutcome> queries = new ArrayList<>();
            List<BoundedWork.Outcome<Migrated>> migrated = work.map(candidates,
                    candidate -> migrate(migrator, candidate, namespaces.of(candidate.file().absolutePath())));
            for (int i = 0; i < candidates.size(); i++) {
                BoundedWork.Outcome<Migrated> outcome = migrated.get(i);
                String path = candidates.get(i).file().relativePath();
                if (!outcome.ok()) {
                    notices.add(outcome.notice(path, fileBudget, "its queries were left as they were"));
                    continue;
                }
                notices.addAll(outcome.value().notices());
                queries.addAll(outcome.value().migration().outcomes());
                outcome.value().migration().migration().ifPresent(files::add);
            }
            return new MigrationReport(files, queries, notices);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("migration interrupted", e);
        }
    }

    private static Indexed index(SourceFile file, SourceReader reader, ModuleNamespaces namespaces) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            return new Indexed(List.of(), Optional.empty(), List.of(read.notice()));
        }
        namespaces.add(file.absolutePath(), read.text());
        List<Notice> notices = new ArrayList<>();
        Optional<List<TypeInfo>> types = SourceIndexing.typesOf(file.relativePath(), read.text(), notices::add);
        if (types.isEmpty() || !FileMigrator.mayCreateQueries(JavaParsing.javacText(read.text()))) {
            return new Indexed(types.orElse(List.of()), Optional.empty(), notices);
        }
        JavaParsing.Parsed parsed = JavaParsing.parse(read.text());
        if (!parsed.ok()) {
            notices.add(SourceIndexing.parseError(file.relativePath(), parsed));
            return new Indexed(types.get(), Optional.empty(), notices);
        }
        return new Indexed(types.get(), Optional.of(new Candidate(file, read.text(), parsed.unit())), notices);
    }

    /** One candidate after the migration pass: what became of its queries, and its notices. */
    private record Migrated(SourceMigration migration, List<Notice> notices) {
    }

    private static Migrated migrate(FileMigrator migrator, Candidate candidate, PersistenceNamespace namespace) {
        List<Notice> notices = new ArrayList<>();
        try {
            return new Migrated(migrator.migrate(candidate.file().absolutePath(), candidate.file().relativePath(),
                    candidate.text(), candidate.unit(), namespace, notices::add), notices);
        } catch (RuntimeException e) {
            notices.add(new Notice(candidate.file().relativePath(), Notice.Kind.INTERNAL_ERROR,
                    "migration failed and the file was left unchanged: " + e));
            return new Migrated(new SourceMigration(List.of(), Optional.empty()), notices);
        }
    }

    /** The entity an argument names: {@code X.class}, or a {@code Class<X>} known only at run time ({@link RuntimeEntity}). */
    private static Optional<String> entityNamed(Expression argument, TypeFacts facts) {
        if (argument instanceof ClassExpr literal) {
            return facts.resolveName(literal.getType().asString(), argument);
        }
        return RuntimeEntity.of(argument, facts).map(RuntimeEntity::propertiesOf);
    }

    /**
     * The sources of the entity classes the queries name, their superclasses and the types of their
     * fields that are declared in the sources (embeddables, associations), transitively.
     */
    /** @param onDisk each Java file's path on disk by its relative path (a file name need not survive a round trip through text) */
    private static Set<Path> entitySources(Map<String, Path> onDisk, ProjectIndex index, List<Candidate> candidates) {
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
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            index.type(name).ifPresent(type -> {
                Optional.ofNullable(onDisk.get(type.path())).ifPresent(sources::add);
                index.supertypes(name).forEach(s -> pending.add(s.name()));
                type.fields().keySet().forEach(field -> index.fieldType(TypeRef.of(name), field)
                        .ifPresent(t -> {
                            pending.add(t.name());
                            t.typeArguments().forEach(a -> pending.add(a.name()));
                        }));
            });
        }
        return sources;
    }
}
