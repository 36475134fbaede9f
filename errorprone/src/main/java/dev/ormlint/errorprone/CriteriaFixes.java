package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.sun.source.tree.CompilationUnitTree;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.rewriter.FileMigration;
import dev.ormlint.rewriter.criteria.MigrationStyle;
import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.criteria.SourceMigration;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import dev.ormlint.rewriter.criteria.SourceMigrator;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration of one compilation unit's legacy Criteria queries, computed once per unit (the
 * checker keeps it in a {@link UnitCache}) with entity facts from javac ({@link JavacEntityModel}).
 * Each migrated query's fix is its own edits plus the import changes of the whole file: applied
 * together, as {@code -XepPatchChecks} does, the fixes give what {@code ormlint migrate} writes,
 * with the imports ordered by Error Prone.
 */
final class CriteriaFixes {

    private static final CriteriaFixes NONE = new CriteriaFixes(Map.of(), Map.of());

    private final Map<Integer, SuggestedFix> fixByCreation;
    private final Map<Integer, String> whyLeftByLine;

    private CriteriaFixes(Map<Integer, SuggestedFix> fixByCreation, Map<Integer, String> whyLeftByLine) {
        this.fixByCreation = fixByCreation;
        this.whyLeftByLine = whyLeftByLine;
    }

    /** The fix that migrates the query created at this offset; empty when it was left as it is. */
    SuggestedFix fixAt(int creationOffset) {
        return fixByCreation.getOrDefault(creationOffset, SuggestedFix.emptyFix());
    }

    /** Why the query created on this line was not migrated. */
    Optional<String> whyLeft(int line) {
        return Optional.ofNullable(whyLeftByLine.get(line));
    }

    /** @param namespace AUTO: the one the compilation's sources use */
    static CriteriaFixes migrate(CompilationUnitTree unit, VisitorState state, MigrationStyle style,
                                 PersistenceNamespace namespace) {
        CharSequence source = state.getSourceCode();
        if (source == null) {
            return NONE;
        }
        List<Notice> notices = new ArrayList<>();
        try {
            SourceMigration migration = new SourceMigrator(new JavacEntityModel(state), style, CompilationIndex.sources(state),
                    namespace == PersistenceNamespace.AUTO ? CompilationIndex.namespace(state) : namespace)
                    .migrate(pathOf(unit), source.toString(), CompilationIndex.of(state), notices::add);
            return new CriteriaFixes(fixes(migration), whyLeft(migration));
        } catch (RuntimeException e) {
            notices.add(new Notice(unit.getSourceFile().getName(), Notice.Kind.INTERNAL_ERROR,
                    "no migration fix offered for this file: " + e));
            return NONE;
        } finally {
            CompilerNotices.print(state, notices);
        }
    }

    private static Map<Integer, SuggestedFix> fixes(SourceMigration migration) {
        Map<Integer, SuggestedFix> fixes = new HashMap<>();
        migration.migration().ifPresent(file -> {
            ImportChanges imports = ImportChanges.between(file.original(), file.migrated());
            for (FileMigration.QueryEdits query : file.queries()) {
                SuggestedFix.Builder fix = OrmlintChecker.replacing(query.edits());
                imports.addTo(fix);
                fixes.put(query.creationOffset(), fix.build());
            }
        });
        return fixes;
    }

    private static Map<Integer, String> whyLeft(SourceMigration migration) {
        Map<Integer, String> whyLeft = new HashMap<>();
        migration.outcomes().stream().filter(o -> o.status() == QueryOutcome.Status.LEFT)
                .forEach(o -> whyLeft.putIfAbsent(o.line(), o.reason()));
        return whyLeft;
    }

    private static Path pathOf(CompilationUnitTree unit) {
        try {
            return Path.of(unit.getSourceFile().getName());
        } catch (InvalidPathException e) {
            return Path.of(unit.getSourceFile().toUri().getPath());
        }
    }
}
