package dev.ormlint.analyzer.cache;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.TypeInfo;
import java.util.List;

/**
 * What the index pass derived from one file's text: its types, or none and the notice saying why
 * it could not be read or indexed (such a file is not checked either).
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

    /** A file that cannot be read: neither indexed nor checked. */
    public static FileIndex unreadable(Notice notice) {
        return new FileIndex(List.of(), List.of(notice), false);
    }
}
