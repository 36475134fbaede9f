package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.QueryOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Migrates the legacy queries of one Python file: each is rewritten or left with its reason, the
 * rewritten ones' edits must not overlap (a query nested in another's rewritten text is left), and the
 * names they use are imported. A name the file binds to something else leaves every query of the file.
 */
final class PythonFileMigrator {

    record Result(List<QueryOutcome> outcomes, Optional<FileMigration> migration) {
    }

    private final ChainRewriter rewriter;

    PythonFileMigrator(SelectedEntities entities) {
        this.rewriter = new ChainRewriter(entities);
    }

    Result migrate(SourceFile file, String text, PyTree tree) {
        List<QueryOutcome> outcomes = new ArrayList<>();
        List<FileMigration.QueryEdits> migrated = new ArrayList<>();
        List<Integer> migratedLines = new ArrayList<>();
        List<TextEdit> accepted = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (QuerySites.Site site : QuerySites.in(tree.module())) {
            int line = site.origin().line();
            Rewrite rewrite = rewrite(site);
            if (rewrite instanceof Rewrite.Done done && done.edits().stream().anyMatch(e -> accepted.stream().anyMatch(a -> overlap(a, e)))) {
                rewrite = new Rewrite.Left("query(...)", "inside the text of another query's rewrite");
            }
            if (rewrite instanceof Rewrite.Left left) {
                outcomes.add(QueryOutcome.left(file.relativePath(), line, left.construct(), left.reason()));
                continue;
            }
            Rewrite.Done done = (Rewrite.Done) rewrite;
            accepted.addAll(done.edits());
            names.addAll(done.names());
            migrated.add(new FileMigration.QueryEdits(site.origin().startIndex(), done.edits()));
            migratedLines.add(line);
        }
        if (migrated.isEmpty()) {
            return new Result(outcomes, Optional.empty());
        }
        SqlAlchemyImports.Plan imports = SqlAlchemyImports.plan(tree.module(), names);
        if (imports.taken().isPresent()) {
            String name = imports.taken().get();
            migratedLines.forEach(line -> outcomes.add(QueryOutcome.left(file.relativePath(), line, name,
                    "the file binds `" + name + "` to something else; importing sqlalchemy's would shadow it")));
            return new Result(sortedByLine(outcomes), Optional.empty());
        }
        migratedLines.forEach(line -> outcomes.add(QueryOutcome.migrated(file.relativePath(), line)));
        String after = FileMigration.apply(text, FileMigration.inOrder(migrated, imports.edits()));
        return new Result(sortedByLine(outcomes), Optional.of(
                new FileMigration(file.absolutePath(), file.relativePath(), text, after, migrated, imports.edits())));
    }

    private Rewrite rewrite(QuerySites.Site site) {
        if (site instanceof QuerySites.Site.Direct direct) {
            return rewriter.rewrite(direct.chain());
        }
        if (site instanceof QuerySites.Site.Variable variable) {
            return rewriter.rewrite(variable.assigned(), variable.extensions(), variable.uses());
        }
        QuerySites.Site.Unfollowed unfollowed = (QuerySites.Site.Unfollowed) site;
        return new Rewrite.Left(unfollowed.construct(), unfollowed.reason());
    }

    private static boolean overlap(TextEdit a, TextEdit b) {
        return a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset();
    }

    private static List<QueryOutcome> sortedByLine(List<QueryOutcome> outcomes) {
        List<QueryOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(java.util.Comparator.comparingInt(QueryOutcome::line));
        return sorted;
    }
}
