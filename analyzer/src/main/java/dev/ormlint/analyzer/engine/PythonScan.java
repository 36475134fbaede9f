package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.python.ModuleScopes;
import dev.ormlint.analyzer.python.PyModule;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonIndex;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The scan's Python pass. First every Python file is parsed into its module's scopes, which make the
 * project's {@link PythonIndex}; then the files of modules that touch the ORM (directly or through a
 * project module) are parsed again and checked with the Python rules. Neither pass keeps a tree past
 * its file. Where the tree-sitter parser cannot run, the Python files are skipped with one notice.
 */
public final class PythonScan {

    private final PythonParsing parsing;
    private final SourceReader reader;
    private final RuleOptions options;

    public PythonScan(PythonParsing parsing, SourceReader reader, RuleOptions options) {
        this.parsing = parsing;
        this.reader = reader;
        this.options = options;
    }

    /** One Python file after the index pass: its module, if it could be read and parsed. */
    private record IndexedModule(SourceFile file, Optional<PyModule> module) {
    }

    public List<Finding> run(ForkJoinPool pool, List<SourceFile> files, List<RuleDescriptor> rules,
                             Consumer<Notice> notices) throws IOException {
        if (files.isEmpty() || rules.isEmpty()) {
            return List.of();
        }
        if (!parsing.available()) {
            notices.accept(new Notice("", Notice.Kind.PARSER_UNAVAILABLE, files.size() + " Python file"
                    + (files.size() == 1 ? " was" : "s were") + " skipped: " + parsing.unavailableReason()));
            return List.of();
        }
        List<IndexedModule> indexed = Parallel.map(pool, files, file -> index(file, notices));
        PythonIndex index = PythonIndex.of(indexed.stream().flatMap(m -> m.module().stream()).toList());
        List<IndexedModule> toCheck = indexed.stream()
                .filter(m -> m.module().map(index::usesOrm).orElse(false)).toList();
        List<List<Finding>> perFile = Parallel.map(pool, toCheck, m -> check(m.file(), index, rules, notices));
        List<Finding> findings = new ArrayList<>();
        perFile.forEach(findings::addAll);
        return findings;
    }

    private IndexedModule index(SourceFile file, Consumer<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.accept(read.notice());
            return new IndexedModule(file, Optional.empty());
        }
        PythonParsing.Parsed parsed = parsing.parse(read.text());
        parsed.tree().firstSyntaxError().ifPresent(error -> notices.accept(syntaxError(file, error)));
        return new IndexedModule(file, Optional.of(ModuleScopes.of(file.relativePath(), parsed.tree())));
    }

    private List<Finding> check(SourceFile file, PythonIndex index, List<RuleDescriptor> rules,
                                Consumer<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.accept(read.notice());
            return List.of();
        }
        PythonParsing.Parsed parsed = parsing.parse(read.text());
        PyModule module = ModuleScopes.of(file.relativePath(), parsed.tree());
        return PythonFileCheck.run(rules, parsed.tree(), file.relativePath(), new PythonTypes(module, index), options,
                notices);
    }

    /** tree-sitter recovers from a syntax error locally: the notice says so, and the rest of the file is checked. */
    private static Notice syntaxError(SourceFile file, PyNode error) {
        return new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "syntax error at line " + error.line()
                + ", column " + error.range().startColumn() + "; the statements around it were still checked");
    }
}
