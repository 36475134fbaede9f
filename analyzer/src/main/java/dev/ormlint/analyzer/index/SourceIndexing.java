package dev.ormlint.analyzer.index;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.java.JavaParsing;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The index pass over one source text: the types it declares, from its declaration skeleton. The
 * scan runs it over every file of a project; a compiler plugin over every unit of a compilation.
 */
public final class SourceIndexing {

    private SourceIndexing() {
    }

    /**
     * @param path reported in the types and in notices
     * @return the declared types, or empty (and a notice saying why) when the text cannot be parsed or indexed
     */
    public static Optional<List<TypeInfo>> typesOf(String path, String text, Consumer<Notice> notices) {
        JavaParsing.Parsed parsed = DeclarationParsing.parse(text);
        if (!parsed.ok()) {
            notices.accept(parseError(path, parsed));
            return Optional.empty();
        }
        try {
            return Optional.of(IndexBuilder.typesOf(parsed.unit(), path));
        } catch (RuntimeException | StackOverflowError e) {
            notices.accept(new Notice(path, Notice.Kind.INTERNAL_ERROR,
                    "cannot index this file, its types are unknown to the rules: " + e));
            return Optional.empty();
        }
    }

    /** The notice of a text the parser refuses: its problem and position. */
    public static Notice parseError(String path, JavaParsing.Parsed parsed) {
        return new Notice(path, Notice.Kind.PARSE_ERROR, "cannot parse: " + parsed.problem());
    }
}
