package dev.ormlint.analyzer.index;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the scan knows of library types it never sees as source (Hibernate, JPA, Spring Data,
 * JDBC): their supertypes and the return types of the methods rules follow. Read from the
 * resource {@code ormlint/library-types.txt}; one fact per line:
 * <pre>
 * type org.springframework.data.jpa.repository.JpaRepository&lt;T, ID&gt; extends org.springframework.data.repository.ListCrudRepository&lt;T, ID&gt;
 * method org.hibernate.SessionFactory#getCurrentSession() org.hibernate.Session
 * method jakarta.persistence.EntityManager#&lt;T&gt; unwrap(java.lang.Class&lt;T&gt;) T
 * </pre>
 */
public final class LibraryFacts {

    public static final String RESOURCE = "ormlint/library-types.txt";
    static final String LIBRARY_PATH = "<library>";
    private static final ImportScope NO_SCOPE = new ImportScope("", Map.of(), List.of(), Map.of(), List.of());

    private final Map<String, TypeInfo> types;
    private final Set<String> libraries;

    private LibraryFacts(Map<String, TypeInfo> types) {
        this.types = Map.copyOf(types);
        this.libraries = types.keySet().stream().map(LibraryFacts::library).collect(Collectors.toUnmodifiableSet());
    }

    /** The facts shipped with ormlint; read once per class loader, since they never change. */
    public static LibraryFacts load() {
        return Shipped.FACTS;
    }

    /** Holds the shipped facts, read the first time they are needed. */
    private static final class Shipped {
        static final LibraryFacts FACTS = read();
    }

    private static LibraryFacts read() {
        try (InputStream in = LibraryFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LibraryFacts parse(List<String> lines) {
        JavaParser parser = new JavaParser();
        Map<String, Builder> builders = new HashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("type ")) {
                    String body = line.substring(5);
                    int ext = body.indexOf(" extends ");
                    Builder owner = builder(builders, parser, ext < 0 ? body : body.substring(0, ext));
                    if (ext >= 0) {
                        for (String superType : splitTopLevel(body.substring(ext + 9))) {
                            owner.supertypes.add(qualified(parseType(parser, superType), owner.typeParameters));
                        }
                    }
                } else if (line.startsWith("method ")) {
                    String body = line.substring(7);
                    int hash = body.indexOf('#');
                    int open = body.indexOf('(', hash);
                    int close = body.indexOf(')', open);
                    Builder owner = builder(builders, parser, body.substring(0, hash));
                    String declared = body.substring(hash + 1, open).strip();
                    List<String> typeVariables = new ArrayList<>(owner.typeParameters);
                    String name = declared;
                    if (declared.startsWith("<")) {
                        int end = declared.indexOf('>');
                        splitTopLevel(declared.substring(1, end)).forEach(v -> typeVariables.add(v.strip()));
                        name = declared.substring(end + 1).strip();
                    }
                    List<TypeRef> parameters = new ArrayList<>();
                    for (String p : splitTopLevel(body.substring(open + 1, close))) {
                        parameters.add(qualified(parseType(parser, p), typeVariables));
                    }
                    TypeRef returnType = qualified(parseType(parser, body.substring(close + 1).strip()), typeVariables);
                    owner.methods.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new MethodInfo(name, parameters, returnType, false, List.of()));
                } else {
                    throw new IllegalArgumentException("expected 'type' or 'method'");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getMessage() + ": " + line, e);
            }
        }
        Map<String, TypeInfo> types = new HashMap<>();
        builders.forEach((name, b) -> types.put(name, new TypeInfo(name, TypeInfo.Kind.INTERFACE, LIBRARY_PATH,
                NO_SCOPE, b.typeParameters, b.supertypes, List.of(), Map.of(), b.methods, List.of())));
        return new LibraryFacts(types);
    }

    public TypeInfo type(String qualifiedName) {
        return types.get(qualifiedName);
    }

    /**
     * Whether the type belongs to a library these facts describe ({@code org.hibernate},
     * {@code org.springframework}, ...: the first two segments of a described type's name). A front
     * end that could read such a library's classes itself leaves them to the facts, so that rules
     * see those libraries exactly as in a scan.
     */
    public boolean describesLibraryOf(String qualifiedName) {
        return libraries.contains(library(qualifiedName));
    }

    private static String library(String qualifiedName) {
        int first = qualifiedName.indexOf('.');
        int second = first < 0 ? -1 : qualifiedName.indexOf('.', first + 1);
        return second < 0 ? qualifiedName : qualifiedName.substring(0, second);
    }

    private static Builder builder(Map<String, Builder> builders, JavaParser parser, String declaration) {
        ClassOrInterfaceType type = parseType(parser, declaration).asClassOrInterfaceType();
        Builder b = builders.computeIfAbsent(type.getNameWithScope(), k -> new Builder());
        if (b.typeParameters.isEmpty()) {
            type.getTypeArguments().ifPresent(args -> args.forEach(a -> b.typeParameters.add(a.asString())));
        }
        return b;
    }

    private static Type parseType(JavaParser parser, String text) {
        ParseResult<ClassOrInterfaceType> result = parser.parseClassOrInterfaceType(text.strip());
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            ParseResult<Type> any = parser.parseType(text.strip());
            return any.getResult().orElseThrow(() -> new IllegalArgumentException("bad type '" + text + "'"));
        }
        return result.getResult().get();
    }

    /** Names in the facts file are fully qualified, except the owner's type variables. */
    private static TypeRef qualified(Type type, List<String> typeVariables) {
        return qualified(WrittenTypes.of(type), Set.copyOf(typeVariables));
    }

    private static TypeRef qualified(TypeRef written, Set<String> typeVariables) {
        List<TypeRef> args = written.typeArguments().stream().map(a -> qualified(a, typeVariables)).toList();
        return new TypeRef(written.name(), args, written.arrayLevel(), !typeVariables.contains(written.name()));
    }

    private static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        if (!list.substring(start).isBlank()) {
            parts.add(list.substring(start));
        }
        return parts.stream().map(String::strip).toList();
    }

    private static final class Builder {
        final List<String> typeParameters = new ArrayList<>();
        final List<TypeRef> supertypes = new ArrayList<>();
        final Map<String, List<MethodInfo>> methods = new HashMap<>();
    }
}
