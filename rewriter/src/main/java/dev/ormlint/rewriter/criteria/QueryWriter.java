package dev.ormlint.rewriter.criteria;

import dev.ormlint.analyzer.TextEdit;
import java.util.List;

/** Writes one legacy query in a new style, as edits over the original text. */
interface QueryWriter {

    static QueryWriter of(MigrationStyle style) {
        return style == MigrationStyle.HQL ? new HqlWriter() : new CriteriaWriter();
    }

    List<TextEdit> write(LegacyQuery query, FileContext file) throws Unsupported;
}
