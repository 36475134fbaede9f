package dev.ormlint.analyzer.engine;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.python.ModuleScopes;
import dev.ormlint.analyzer.python.OrmCandidates;
import dev.ormlint.analyzer.python.PyModule;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PyScope;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonIndex;
import dev.ormlint.analyzer.python.PythonParsing;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.RuleDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The scan's Python pass. First every Python file's text is read for what it mentions, and the files
 * that cannot touch the ORM ({@link OrmCandidates}) are left unparsed. The others are parsed once
 * into their module's scopes, which make the project's {@link PythonIndex}; the files of modules
 * that touch the ORM (directly or through a project module) are then checked with the Python rules,
 * from the tree of the first pass while the trees kept stay within {@link #KEPT_NODES}, parsed again
 * beyond it. A native tree never outlives its parse ({@link PythonParsing}). Where the tree-sitter
 * parser cannot run, the Python files are skipped with one notice.
 */
public final class PythonScan {

    /** Syntax nodes kept in memory between the index pass and the check pass, about 100 MB of heap. */
    static final long KEPT_NODES = 1_000_000;

    private final PythonParsing parsing;
    private final SourceReader reader;
    private final RuleOptions options;
    private final long keptNodes;

    public PythonScan(PythonParsing parsing, SourceReader reader, RuleOptions options) {
        this(parsing, reader, options, KEPT_NODES);
    }

    PythonScan(PythonParsing parsing, SourceReader reader, RuleOptions options, long keptNodes) {
        this.parsing = parsing;
        this.reader = reader;
        this.options = options;
        this.keptNodes = keptNodes;
    }

    /**
     * One Python file after the index pass: its module, if it could be read and parsed, and its tree
     * while it is kept for the check pass (taken once, so that it is garbage as soon as it is checked).
     */
    private static final class IndexedModule {
        final SourceFile file;
        final Optional<PyModule> module;
        private final AtomicReference<PyTree> tree;

        IndexedModule(SourceFile file, Optional<PyModule> module, PyTree tree) {
            this.file = file;
            this.module = module;
            this.tree = new AtomicReference<>(tree);
        }

        static IndexedModule unread(SourceFile file) {
            return new IndexedModule(file, Optional.empty(), null);
        }

        Optional<PyTree> takeTree() {
            return Optional.ofNullable(tree.getAndSet(null));
        }
    }

    public List<Finding> run(BoundedWork work, List<SourceFile> files, List<RuleDescriptor> rules,
                             Consumer<Notice> notices) throws IOException {
        if (files.isEmpty() || rules.isEmpty()) {
            return List.of();
        }
        if (!parsing.available()) {
            notices.accept(new Notice("", Notice.Kind.PARSER_UNAVAILABLE, files.size() + " Python file"
                    + (files.size() == 1 ? " was" : "s were") + " skipped: " + parsing.unavailableReason()));
            return List.of();
        }
        Set<String> candidates = candidates(work, files, notices);
        AtomicLong kept = new AtomicLong();
        List<IndexedModule> indexed = work.mapFiles(files, SourceFile::relativePath,
                file -> candidates.contains(file.relativePath()) ? index(file, kept, notices) : unparsed(file),
                IndexedModule::unread, notices);
        PythonIndex index = PythonIndex.of(indexed.stream().flatMap(m -> m.module.stream()).toList());
        List<IndexedModule> toCheck = new ArrayList<>();
        for (IndexedModule m : indexed) {
            if (m.module.map(index::usesOrm).orElse(false)) {
                toCheck.add(m);
            } else {
                m.takeTree();
            }
        }
        List<List<Finding>> perFile = work.mapFiles(toCheck, m -> m.file.relativePath(),
                m -> check(m, index, rules, notices), m -> List.of(), notices);
        List<Finding> findings = new ArrayList<>();
        perFile.forEach(findings::addAll);
        return findings;
    }

    /** The files whose text could make their module touch the ORM; the others are never parsed. */
    private Set<String> candidates(BoundedWork work, List<SourceFile> files, Consumer<Notice> notices)
            throws IOException {
        Set<String> names = OrmCandidates.moduleNames(files.stream().map(SourceFile::relativePath).toList());
        List<Optional<OrmCandidates.Mentions>> mentions = work.mapFiles(files, SourceFile::relativePath, file -> {
            SourceReader.Read read = reader.read(file);
            if (!read.ok()) {
                notices.accept(read.notice());
                return Optional.<OrmCandidates.Mentions>empty();
            }
            return Optional.of(OrmCandidates.of(file.relativePath(), read.text(), names));
        }, file -> Optional.empty(), notices);
        Map<String, OrmCandidates.Mentions> byPath = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            int at = i;
            mentions.get(i).ifPresent(m -> byPath.put(files.get(at).relativePath(), m));
        }
        return OrmCandidates.of(byPath);
    }

    /**
     * A module that cannot touch the ORM still has a name in the index, so that an import naming
     * it is not mistaken for another module that answers to the same name.
     */
    private static IndexedModule unparsed(SourceFile file) {
        String path = file.relativePath();
        return new IndexedModule(file, Optional.of(new PyModule(PyModule.nameOf(path), PyModule.isPackagePath(path),
                new PyScope(), Set.of())), null);
    }

    private IndexedModule index(SourceFile file, AtomicLong kept, Consumer<Notice> notices) {
        Optional<PyTree> tree = parse(file, notices);
        if (tree.isEmpty()) {
            return IndexedModule.unread(file);
        }
        tree.get().firstSyntaxError().ifPresent(error -> notices.accept(syntaxError(file, error)));
        PyModule module = ModuleScopes.of(file.relativePath(), tree.get());
        boolean keep = kept.addAndGet(tree.get().size()) <= keptNodes;
        return new IndexedModule(file, Optional.of(module), keep ? tree.get() : null);
    }

    private List<Finding> check(IndexedModule indexed, PythonIndex index, List<RuleDescriptor> rules,
                                Consumer<Notice> notices) {
        Optional<PyTree> tree = indexed.takeTree().or(() -> parse(indexed.file, notices));
        if (tree.isEmpty()) {
            return List.of();
        }
        String path = indexed.file.relativePath();
        return PythonFileCheck.run(rules, tree.get(), path, new PythonTypes(indexed.module.orElseThrow(), index),
                options, notices);
    }

    private Optional<PyTree> parse(SourceFile file, Consumer<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.accept(read.notice());
            return Optional.empty();
        }
        return Optional.of(parsing.parse(read.text()).tree());
    }

    /** tree-sitter recovers from a syntax error locally: the notice says so, and the rest of the file is checked. */
    private static Notice syntaxError(SourceFile file, PyNode error) {
        return new Notice(file.relativePath(), Notice.Kind.PARSE_ERROR, "syntax error at line " + error.line()
                + ", column " + error.range().startColumn() + "; the statements around it were still checked");
    }
}
