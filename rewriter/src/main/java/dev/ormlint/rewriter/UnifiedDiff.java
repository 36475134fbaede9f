package dev.ormlint.rewriter;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * A migrated file as a unified diff with {@code a/} and {@code b/} prefixes and three lines of
 * context, so that {@code git apply} or {@code patch -p1} can apply a saved dry run. Shared by the
 * CLI and the Maven plugin.
 */
public final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    public static List<String> of(FileMigration file) {
        List<String> before = file.original().lines().toList();
        Patch<String> patch = DiffUtils.diff(before, file.migrated().lines().toList());
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + file.relativePath(), "b/" + file.relativePath(),
                before, patch, CONTEXT_LINES);
    }
}
