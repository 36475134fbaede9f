package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.FileMigration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.java.JavaParsing;
import dev.ormlint.analyzer.java.LegacyCriteria;
import dev.ormlint.analyzer.java.TypeFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Migrates the legacy queries of one file: reads each, writes those it can, fixes the imports, and
 * checks that the result still parses. A query that cannot be migrated faithfully is left exactly
 * as it was and reported.
 */
final class FileMigrator {

    private final ProjectIndex index;
    private final EntityModel model;
    private final QueryWriter writer;
    private final ProjectSources sources;

    /** @param sources the project's files, for what the file migrated uses from others (helpers, constants) */
    FileMigrator(ProjectIndex index, EntityModel model, QueryWriter writer, ProjectSources sources) {
        this.index = index;
        this.model = model;
        this.writer = writer;
        this.sources = sources;
    }

    private static final List<String> QUERY_MARKERS = List.of("createCriteria", "DetachedCriteria");

    /** Whether the text can create a legacy query at all: a file that cannot is not parsed for migration. */
    static boolean mayCreateQueries(String text) {
        return QUERY_MARKERS.stream().anyMatch(text::contains);
    }

    static List<MethodCallExpr> creations(CompilationUnit unit, TypeFacts facts) {
        return unit.findAll(MethodCallExpr.class, c -> LegacyCriteria.isQueryCreation(c, facts));
    }

    /** @param namespace where the migrated code's JPA types come from (decided, never AUTO) */
    SourceMigration migrate(Path absolutePath, String relativePath, String text, CompilationUnit unit,
                            PersistenceNamespace namespace, Consumer<Notice> notices) {
        SourceText source = new SourceText(text);
        TypeFacts facts = new TypeFacts(unit, index);
        LegacyApi api = new LegacyApi(facts);
        ProjectSources.Parsing others = sources.parsing();
        DaoHelpers helpers = new DaoHelpers(index, others);
        QueryReader reader = new QueryReader(api, model, source, helpers, new Constants(index, others));
        List<MethodCallExpr> creations = creations(unit, facts);
        List<LegacyQuery> readable = new ArrayList<>();
        List<QueryOutcome> left = new ArrayList<>();
        for (MethodCallExpr creation : creations) {
            try {
                readable.add(reader.read(creation));
            } catch (Unsupported why) {
                left.add(QueryOutcome.left(relativePath, source.line(creation), why.construct(), why.reason()));
            }
        }
        left.addAll(finishingHelpers(unit, facts, helpers, source, relativePath));
        Attempt attempt = attempt(unit, source, facts, readable, Set.of(), relativePath, namespace);
        for (int round = 0; round < 3; round++) {
            Set<String> going = new ImportFixer(source, unit, attempt.edits()).goingLegacyImports();
            if (going.equals(attempt.going())) {
                break;
            }
            attempt = attempt(unit, source, facts, readable, going, relativePath, namespace);
        }
        left = withSubqueriesOf(attempt.migrated(), left, source);
        if (attempt.edits().isEmpty()) {
            return new SourceMigration(sorted(attempt.outcomes(), left), Optional.empty());
        }
        String migrated = FileMigration.apply(text, attempt.edits());
        JavaParsing.Parsed parsed = JavaParsing.parse(migrated);
        if (!parsed.ok()) {
            notices.accept(new Notice(relativePath, Notice.Kind.INTERNAL_ERROR,
                    "migrated code does not parse (" + parsed.problem() + "); file left unchanged"));
            List<QueryOutcome> unchanged = attempt.outcomes().stream()
                    .map(o -> o.status() == QueryOutcome.Status.LEFT ? o : new QueryOutcome(o.path(), o.line(),
                            QueryOutcome.Status.LEFT, "migrated file", "internal error: migrated code does not parse"))
                    .toList();
            return new SourceMigration(sorted(unchanged, left), Optional.empty());
        }
        List<TextEdit> imports = new ImportFixer(source, unit, attempt.edits()).edits(parsed.unit(),
                attempt.typeNames().addedImports());
        FileMigration migration = new FileMigration(absolutePath, relativePath, text,
                FileMigration.apply(text, FileMigration.inOrder(attempt.queries(), imports)), attempt.queries(), imports);
        return new SourceMigration(sorted(attempt.outcomes(), left), Optional.of(migration));
    }

    /**
     * The project's finishing helpers ({@code list(criteria)}, {@code count(criteria)}) declared here:
     * they stay, legacy code for callers not migrated, and are reported so nobody takes them for migrated.
     */
    private static List<QueryOutcome> finishingHelpers(CompilationUnit unit, TypeFacts facts, DaoHelpers helpers,
                                                       SourceText source, String relativePath) {
        return unit.findAll(MethodDeclaration.class, m -> helpers.finishes(m, facts)).stream()
                .map(m -> QueryOutcome.left(relativePath, source.line(m.getName()), "helper " + m.getNameAsString() + "(..)",
                        "helper finishing a Criteria for its callers (each caller is a query of its own)"))
                .toList();
    }

    /** @param edits the edits of every migrated query, together and sorted */
    private record Attempt(List<FileMigration.QueryEdits> queries, List<TextEdit> edits, List<QueryOutcome> outcomes,
                           TypeNames typeNames, Set<String> going, List<LegacyQuery> migrated) {
    }

    /** A {@code DetachedCriteria} that became a subquery of a migrated query is migrated with it. */
    private static List<QueryOutcome> withSubqueriesOf(List<LegacyQuery> migrated, List<QueryOutcome> left, SourceText source) {
        Set<Integer> lines = new HashSet<>();
        for (LegacyQuery query : migrated) {
            for (Criterion.Detached subquery : CriteriaWriter.subqueries(query)) {
                subquery.declaration().findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("forClass"))
                        .forEach(c -> lines.add(source.line(c)));
            }
        }
        return left.stream().map(o -> lines.contains(o.line()) ? QueryOutcome.migrated(o.path(), o.line()) : o).toList();
    }

    /** Writes every readable query, assuming the {@code going} legacy imports are removed afterwards. */
    private Attempt attempt(CompilationUnit unit, SourceText source, TypeFacts facts, List<LegacyQuery> queries,
                            Set<String> going, String relativePath, PersistenceNamespace namespace) {
        TypeNames typeNames = new TypeNames(unit, index, going);
        FileContext file = new FileContext(source, facts, typeNames, new LocalNames(), model, namespace);
        List<TextEdit> accepted = new ArrayList<>();
        List<FileMigration.QueryEdits> queryEdits = new ArrayList<>();
        List<QueryOutcome> outcomes = new ArrayList<>();
        List<LegacyQuery> migrated = new ArrayList<>();
        for (LegacyQuery query : queries) {
            int line = source.line(query.site().creation());
            try {
                List<TextEdit> edits = writer.write(query, file);
                if (edits.stream().anyMatch(e -> accepted.stream().anyMatch(a -> overlap(a, e)))) {
                    throw new Unsupported("query sharing code with another query", "edits of two queries overlap");
                }
                accepted.addAll(edits);
                queryEdits.add(new FileMigration.QueryEdits(source.start(query.site().creation()), edits));
                migrated.add(query);
                outcomes.add(QueryOutcome.migrated(relativePath, line));
            } catch (Unsupported why) {
                outcomes.add(QueryOutcome.left(relativePath, line, why.construct(), why.reason()));
            }
        }
        accepted.sort(FileMigration.EDIT_ORDER);
        return new Attempt(queryEdits, accepted, outcomes, typeNames, going, migrated);
    }

    private static boolean overlap(TextEdit a, TextEdit b) {
        return a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset();
    }

    private static List<QueryOutcome> sorted(List<QueryOutcome> a, List<QueryOutcome> b) {
        List<QueryOutcome> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(QueryOutcome::line));
        return all;
    }
}
