package dev.ormlint.analyzer.index;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.engine.SafeXml;
import dev.ormlint.analyzer.engine.SourceReader;
import dev.ormlint.analyzer.java.JavaParsing;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The index pass over one source text: the types it declares, from its declaration skeleton, or the
 * classes a mapping file maps. The scan runs it over every file of a project; a compiler plugin over
 * every unit of a compilation.
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

    /** {@link #mappingsOf(String, String, Consumer)} of a discovered file, read with {@code reader}. */
    public static List<EntityMapping> mappingsOf(SourceFile file, SourceReader reader, Consumer<Notice> notices) {
        SourceReader.Read read = reader.read(file);
        if (!read.ok()) {
            notices.accept(read.notice());
            return List.of();
        }
        return mappingsOf(file.relativePath(), read.text(), notices);
    }

    /**
     * The classes a mapping file ({@code *.hbm.xml}, {@code orm.xml}) maps; none, and a notice
     * saying why, when it is not well-formed XML.
     *
     * @param path reported in the mappings and in notices
     */
    public static List<EntityMapping> mappingsOf(String path, String text, Consumer<Notice> notices) {
        try {
            return MappingXmlReader.read(path, text);
        } catch (SafeXml.MalformedXml e) {
            notices.accept(new Notice(path, Notice.Kind.PARSE_ERROR,
                    "cannot read this mapping file, the classes it maps are not known as entities: " + e.getMessage()));
            return List.of();
        }
    }

    /** The notice of a text the parser refuses: its problem and position. */
    public static Notice parseError(String path, JavaParsing.Parsed parsed) {
        return new Notice(path, Notice.Kind.PARSE_ERROR, "cannot parse: " + parsed.problem());
    }
}
