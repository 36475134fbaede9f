package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PythonTypes;
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
 * names they use are imported, under an alias where the file binds the name to something else.
 */
final class PythonFileMigrator {

    record Result(List<QueryOutcome> outcomes, Optional<FileMigration> migration) {
    }

    private final SelectedEntities.ProjectNames projectNames;

    PythonFileMigrator(SelectedEntities.ProjectNames names) {
        this.projectNames = names;
    }

    /** {@code types} are the file's type facts, resolved through the project's other modules. */
    Result migrate(SourceFile file, String text, PyTree tree, PythonTypes types) {
        ChainRewriter rewriter = new ChainRewriter(new SelectedEntities(projectNames, types));
        List<QueryOutcome> outcomes = new ArrayList<>();
        List<FileMigration.QueryEdits> migrated = new ArrayList<>();
        List<TextEdit> accepted = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        Spelling spelling = SqlAlchemyImports.spelling(tree.module(), projectNames.flaskObjects(), types);
        for (QuerySites.Site site : QuerySites.in(tree.module())) {
            Rewrite rewrite = rewrite(rewriter, site, spelling);
            if (rewrite instanceof Rewrite.Done done && done.edits().stream().anyMatch(e -> accepted.stream().anyMatch(a -> overlap(a, e)))) {
                rewrite = new Rewrite.Left("query(...)", "inside the text of another query's rewrite");
            }
            if (rewrite instanceof Rewrite.Left left) {
                site.origins().forEach(origin ->
                        outcomes.add(QueryOutcome.left(file.relativePath(), origin.line(), left.construct(), left.reason())));
                continue;
            }
            Rewrite.Done done = (Rewrite.Done) rewrite;
            accepted.addAll(done.edits());
            names.addAll(done.names());
            migrated.add(new FileMigration.QueryEdits(site.origins().get(0).startIndex(), done.edits()));
            site.origins().forEach(origin -> outcomes.add(QueryOutcome.migrated(file.relativePath(), origin.line())));
        }
        if (migrated.isEmpty()) {
            return new Result(sortedByLine(outcomes), Optional.empty());
        }
        List<TextEdit> imports = SqlAlchemyImports.edits(tree.module(), names, spelling);
        String after = FileMigration.apply(text, FileMigration.inOrder(migrated, imports));
        return new Result(sortedByLine(outcomes), Optional.of(
                new FileMigration(file.absolutePath(), file.relativePath(), text, after, migrated, imports)));
    }

    private static Rewrite rewrite(ChainRewriter rewriter, QuerySites.Site site, Spelling spelling) {
        if (site instanceof QuerySites.Site.Direct direct) {
            return rewriter.rewrite(direct.chain(), spelling);
        }
        if (site instanceof QuerySites.Site.Variable variable) {
            return rewriter.rewrite(variable.assigned(), variable.extensions(), variable.uses(), spelling);
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
