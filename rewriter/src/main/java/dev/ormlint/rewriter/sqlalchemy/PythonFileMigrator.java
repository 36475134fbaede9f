package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.TextEdit;
import dev.ormlint.analyzer.python.PyTree;
import dev.ormlint.analyzer.python.PyNode;
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

    private static final Rewrite.Left CUSTOM_QUERY_CLASS = new Rewrite.Left("query(...)",
            "the project sets its own Query class (query_cls, query_class), whose methods select() would not run");

    private final SelectedEntities.ProjectNames projectNames;

    PythonFileMigrator(SelectedEntities.ProjectNames names) {
        this.projectNames = names;
    }

    /**
     * {@code plan} decides the queries functions of the project return (they go with their callers),
     * and holds the edits this file's calls of such functions get; they are taken first.
     */
    Result migrate(PythonFile source, ReturnedQueries.Plan plan) {
        SourceFile file = source.file();
        PyTree tree = source.tree();
        ChainRewriter rewriter = new ChainRewriter(new SelectedEntities(projectNames, source.types()));
        List<QueryOutcome> outcomes = new ArrayList<>();
        List<FileMigration.QueryEdits> migrated = new ArrayList<>();
        List<TextEdit> accepted = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        Spelling spelling = SqlAlchemyImports.spelling(tree.module(), projectNames.flaskObjects(), source.types());
        for (Rewrite.Done call : plan.callerEdits(file.relativePath())) {
            if (call.edits().isEmpty()) {
                continue; // x.in_(get_ids(db_session=s)): the statement is used as it is
            }
            accepted.addAll(call.edits());
            names.addAll(call.names());
            migrated.add(new FileMigration.QueryEdits(call.edits().get(0).startOffset(), call.edits()));
        }
        List<QuerySites.Site> sites = QuerySites.in(tree.module());
        Set<QueryFunction> returnedDone = new java.util.HashSet<>();
        List<QuerySites.Site> local = new ArrayList<>();
        for (QuerySites.Site site : sites) {
            Optional<ReturnedQueries.Decision> decision = plan.decision(site.origins().get(0));
            if (decision.isEmpty()) {
                local.add(site);
            } else if (!(decision.get().rewrite() instanceof Rewrite.Done) || returnedDone.add(decision.get().function())) {
                // all of a function's returns are one rewrite, recorded at its first return
                List<PyNode> origins = decision.get().rewrite() instanceof Rewrite.Done
                        ? decision.get().function().returns().stream().map(QueryChain::origin).toList() : site.origins();
                record(file, origins, decision.get().rewrite(), outcomes, migrated, accepted, names);
            }
        }
        for (QuerySites.Site site : local) {
            Rewrite rewrite = customQueryClass(site) ? CUSTOM_QUERY_CLASS : rewrite(rewriter, site, spelling);
            if (rewrite instanceof Rewrite.Done done && done.edits().stream().anyMatch(e -> accepted.stream().anyMatch(a -> overlap(a, e)))) {
                rewrite = new Rewrite.Left("query(...)", "inside the text of another query's rewrite");
            }
            record(file, site.origins(), rewrite, outcomes, migrated, accepted, names);
        }
        if (migrated.isEmpty()) {
            return new Result(sortedByLine(outcomes), Optional.empty());
        }
        List<TextEdit> imports = new ArrayList<>(SqlAlchemyImports.edits(tree.module(), names, spelling));
        spelling.flaskImport().filter(edit -> writes(accepted, spelling.flaskSession().orElseThrow())).ifPresent(imports::add);
        String after = FileMigration.apply(source.text(), FileMigration.inOrder(migrated, imports));
        return new Result(sortedByLine(outcomes), Optional.of(
                new FileMigration(file.absolutePath(), file.relativePath(), source.text(), after, migrated, imports)));
    }

    /** One outcome per origin; a done rewrite's edits and names join the file's. */
    private static void record(SourceFile file, List<PyNode> origins, Rewrite rewrite, List<QueryOutcome> outcomes,
                               List<FileMigration.QueryEdits> migrated, List<TextEdit> accepted, Set<String> names) {
        if (rewrite instanceof Rewrite.Left left) {
            origins.forEach(origin -> outcomes.add(QueryOutcome.left(file.relativePath(), origin.line(), left.construct(), left.reason())));
            return;
        }
        Rewrite.Done done = (Rewrite.Done) rewrite;
        accepted.addAll(done.edits());
        names.addAll(done.names());
        migrated.add(new FileMigration.QueryEdits(origins.get(0).startIndex(), done.edits()));
        origins.forEach(origin -> outcomes.add(QueryOutcome.migrated(file.relativePath(), origin.line())));
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

    /** Whether an accepted edit writes {@code text} (the Flask session whose object is then imported). */
    private static boolean writes(List<TextEdit> accepted, String text) {
        return accepted.stream().anyMatch(e -> e.replacement().contains(text));
    }

    /** Whether the site's Query is of a class the project made: every session's, or its model's {@code query_class}. */
    private boolean customQueryClass(QuerySites.Site site) {
        return projectNames.customQueryClass() || site.origins().stream().anyMatch(origin -> origin.is("attribute")
                && projectNames.customModelQuery(origin.child("object").map(PyNode::text).orElse("")));
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
