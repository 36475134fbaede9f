package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.FileDiscovery;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.python.ModuleScopes;
import dev.ormlint.analyzer.python.PyModule;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonIndex;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.rewriter.MigrationReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ormlint migrate} for SQLAlchemy: finds the legacy {@code session.query(...)} queries of the
 * Python files under the given paths and rewrites each to the 2.0 {@code select()} form run by the
 * session. Nothing is written: the report holds each changed file's new text, as the Criteria
 * migration's does.
 */
public final class SqlAlchemyMigrator {

    /** A Python file that may hold legacy queries, kept parsed between the passes. */
    private record Candidate(SourceFile file, String text, PyTree tree, PyModule module) {
    }

    public MigrationReport migrate(List<Path> paths, Path root, List<String> excludes, Charset encoding) throws IOException {
        FileDiscovery.Result discovered = new FileDiscovery(root, excludes).discover(paths);
        List<Notice> notices = new ArrayList<>(discovered.notices());
        SourceReader reader = new SourceReader(encoding);
        PythonParsing parsing = PythonParsing.shared();
        ProjectNamesReader names = new ProjectNamesReader();
        List<Candidate> candidates = new ArrayList<>();
        List<PyModule> modules = new ArrayList<>();
        for (SourceFile file : discovered.files()) {
            if (file.kind() != SourceFile.Kind.PYTHON) {
                continue;
            }
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
            PyModule module = ModuleScopes.of(file.relativePath(), parsed.tree());
            modules.add(module);
            if (read.text().contains(".query")) {
                candidates.add(new Candidate(file, read.text(), parsed.tree(), module));
            }
        }
        PythonFileMigrator migrator = new PythonFileMigrator(names.names());
        PythonIndex index = PythonIndex.of(modules);
        List<dev.ormlint.rewriter.FileMigration> files = new ArrayList<>();
        List<dev.ormlint.rewriter.QueryOutcome> queries = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.tree().firstSyntaxError().isPresent()) {
                notices.add(new Notice(candidate.file().relativePath(), Notice.Kind.PARSE_ERROR,
                        "not valid Python at line " + candidate.tree().firstSyntaxError().get().line() + "; left unchanged"));
                continue;
            }
            try {
                PythonFileMigrator.Result result = migrator.migrate(candidate.file(), candidate.text(), candidate.tree(),
                        new PythonTypes(candidate.module(), index));
                queries.addAll(result.outcomes());
                result.migration().ifPresent(files::add);
            } catch (RuntimeException e) {
                notices.add(new Notice(candidate.file().relativePath(), Notice.Kind.INTERNAL_ERROR,
                        "migration failed and the file was left unchanged: " + e));
            }
        }
        return new MigrationReport(files, queries, notices);
    }
}
