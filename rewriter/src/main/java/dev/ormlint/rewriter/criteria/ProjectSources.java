package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.java.JavaParsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The project's files, read when the migration of one file needs what another declares: a DAO
 * base class's helpers, a constant's value. One instance serves every worker thread of the
 * migration, so it holds only the way to read a file; the trees parsed from them belong to one
 * file's migration ({@link #parsing()}). JavaParser trees are not safe to share between threads
 * even to read them: printing a node records the printer in its compilation unit's data, and
 * parse caches shared by two files' migrations broke with a ConcurrentModificationException.
 */
public final class ProjectSources {

    private final Function<String, Optional<String>> texts;

    private ProjectSources(Function<String, Optional<String>> texts) {
        this.texts = texts;
    }

    /** The files under {@code base}, which the project index's paths are relative to. */
    public static ProjectSources under(Path base, Charset encoding) {
        return new ProjectSources(path -> {
            try {
                return Optional.of(Files.readString(base.resolve(path), encoding));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty(); // what the file declares stays unknown, and the query is left with its reason
            }
        });
    }

    /** @param texts the text of the file an index path names (a compiler plugin's source files), or empty */
    public static ProjectSources of(Function<String, Optional<String>> texts) {
        return new ProjectSources(texts);
    }

    /** The parse cache of one file's migration, used by the thread migrating it only. */
    Parsing parsing() {
        return new Parsing();
    }

    /** The project files one file's migration has parsed: each is parsed once for it. */
    final class Parsing {

        private final Map<String, Optional<CompilationUnit>> parsed = new HashMap<>();

        private Parsing() {
        }

        /** The file that declares {@code type}, or empty when it cannot be read or parsed. */
        Optional<CompilationUnit> of(TypeInfo type) {
            return parsed.computeIfAbsent(type.path(), path -> texts.apply(path).map(JavaParsing::parse)
                    .filter(JavaParsing.Parsed::ok).map(JavaParsing.Parsed::unit));
        }

        /** The declaration of {@code type} in its file (a nested type included). */
        Optional<TypeDeclaration<?>> declaration(TypeInfo type) {
            return of(type).flatMap(unit -> unit.findAll(TypeDeclaration.class).stream()
                    .<TypeDeclaration<?>>map(t -> t)
                    .filter(t -> t.getFullyQualifiedName().filter(type.qualifiedName()::equals).isPresent())
                    .findFirst());
        }
    }
}
