package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.TypeInfo;
import java.util.List;

/**
 * What the index pass derived from one file's text: its types, or none and the notice saying why
 * it could not be indexed (such a file is not checked either).
 *
 * @param types   the declared types, empty when not indexed
 * @param notices the parse error or indexing failure, if any
 * @param indexed whether the text could be indexed
 */
public record FileIndex(List<TypeInfo> types, List<Notice> notices, boolean indexed) {

    public FileIndex {
        types = List.copyOf(types);
        notices = List.copyOf(notices);
    }
}
