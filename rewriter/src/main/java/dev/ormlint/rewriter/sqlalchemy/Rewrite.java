package dev.ormlint.rewriter.sqlalchemy;

import dev.ormlint.analyzer.TextEdit;
import java.util.List;
import java.util.Set;

/**
 * What became of one legacy query: text edits over the original source and the sqlalchemy names
 * they need imported, or the reason it is left as it was.
 */
sealed interface Rewrite {

    record Done(List<TextEdit> edits, Set<String> names) implements Rewrite {

        public Done {
            edits = List.copyOf(edits);
            names = Set.copyOf(names);
        }
    }

    /**
     * @param construct the legacy construct that decided it, e.g. {@code from_self()}
     * @param reason    why it cannot be migrated faithfully
     */
    record Left(String construct, String reason) implements Rewrite {
    }
}
