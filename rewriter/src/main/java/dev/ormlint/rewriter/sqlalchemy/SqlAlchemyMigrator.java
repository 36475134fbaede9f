package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.python.ModuleScopes;
import dev.ormlint.analyzer.python.PyModule;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonIndex;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.MigrationSources;
import dev.ormlint.rewriter.QueryOutcome;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ormlint migrate} for SQLAlchemy: finds the legacy {@code session.query(...)} queries of the
 * Python files under the given paths and rewrites each to the 2.0 {@code select()} form run by the
 * session. Every Python file is parsed once for the project's type facts and declarations; the files
 * that hold legacy queries, and those that call a function returning one, are migrated. Nothing is
 * written: the report holds each changed file's new text, as the Criteria migration's does.
 */
public final class SqlAlchemyMigrator {

    /** A Python file read and parsed in the first pass; its tree is kept only where it holds a legacy query. */
    private record Read(SourceFile file, String text, PyModule module, PyTree tree) {
    }

    public MigrationReport migrate(List<Path> paths, Path root, List<String> excludes, Charset encoding) throws IOException {
        MigrationSources sources = MigrationSources.discover(paths, root, excludes, SourceFile.Kind.PYTHON);
        List<Notice> notices = new ArrayList<>(sources.notices());
        SourceReader reader = new SourceReader(encoding);
        PythonParsing parsing = PythonParsing.shared();
        ProjectNamesReader names = new ProjectNamesReader();
        List<Read> reads = new ArrayList<>();
        for (SourceFile file : sources.files()) {
            SourceReader.Read read = reader.read(file);
            if (!read.ok()) {
                notices.add(read.notice());
                continue;
            }
            PythonParsing.Parsed parsed = parsing.parse(read.text());
            if (!parsed.ok()) {
                notices.add(new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "cannot parse: " + parsed.problem()));
                continue;
            }
            names.read(parsed.tree().module());
            boolean holdsQuery = read.text().contains(".query");
            if (holdsQuery && parsed.tree().firstSyntaxError().isPresent()) {
                notices.add(new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR,
                        "not valid Python at line " + parsed.tree().firstSyntaxError().get().line() + "; left unchanged"));
                holdsQuery = false;
            }
            reads.add(new Read(file, read.text(), ModuleScopes.of(file.relativePath(), parsed.tree()),
                    holdsQuery ? parsed.tree() : null));
        }
        PythonIndex index = PythonIndex.of(reads.stream().map(Read::module).toList());
        List<PythonFile> candidates = new ArrayList<>();
        Map<QueryFunction, PythonFile> functions = new LinkedHashMap<>();
        for (Read read : reads) {
            if (read.tree() != null) {
                PythonFile file = new PythonFile(read.file(), read.text(), read.tree(), new PythonTypes(read.module(), index));
                candidates.add(file);
                QueryFunction.in(read.tree().module(), read.module().name()).forEach(f -> functions.put(f, file));
            }
        }
        Set<String> unreadable = new java.util.HashSet<>();
        candidates.addAll(callers(reads, functions.keySet(), parsing, index, unreadable));
        SelectedEntities.ProjectNames projectNames = names.names();
        ReturnedQueries.Plan plan = projectNames.customQueryClass() ? ReturnedQueries.Plan.NONE
                : new ReturnedQueries(projectNames).plan(functions, candidates, unreadable);
        PythonFileMigrator migrator = new PythonFileMigrator(projectNames);
        List<FileMigration> files = new ArrayList<>();
        List<QueryOutcome> queries = new ArrayList<>();
        for (PythonFile candidate : candidates) {
            try {
                PythonFileMigrator.Result result = migrator.migrate(candidate, plan);
                queries.addAll(result.outcomes());
                result.migration().ifPresent(files::add);
            } catch (RuntimeException e) {
                notices.add(new Notice(candidate.file().relativePath(), Notice.Kind.INTERNAL_ERROR,
                        "migration failed and the file was left unchanged: " + e));
            }
        }
        return new MigrationReport(files, queries, notices);
    }

    /**
     * The files without a legacy query of their own that mention a function returning one: parsed
     * again, to migrate their calls. The names such a function has in a file that is not valid Python
     * go to {@code unreadable}: its calls there cannot be migrated, so neither can the function.
     */
    private static List<PythonFile> callers(List<Read> reads, Set<QueryFunction> functions, PythonParsing parsing,
                                            PythonIndex index, Set<String> unreadable) {
        if (functions.isEmpty()) {
            return List.of();
        }
        Pattern mentioned = Pattern.compile("\\b(" + functions.stream().map(QueryFunction::name).distinct()
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
        List<PythonFile> callers = new ArrayList<>();
        for (Read read : reads) {
            java.util.regex.Matcher mention = mentioned.matcher(read.text());
            if (read.tree() == null && mention.find()) {
                PyTree tree = parsing.parse(read.text()).tree();
                if (tree.firstSyntaxError().isEmpty()) {
                    callers.add(new PythonFile(read.file(), read.text(), tree, new PythonTypes(read.module(), index)));
                } else {
                    do {
                        unreadable.add(mention.group(1));
                    } while (mention.find());
                }
            }
        }
        return callers;
    }
}
