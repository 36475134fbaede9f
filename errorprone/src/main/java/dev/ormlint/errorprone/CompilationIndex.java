package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symtab;
import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.SourceIndexing;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.rewriter.criteria.PersistenceNamespace;
import dev.ormlint.rewriter.criteria.ProjectSources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * ormlint's project index over every source file of this javac compilation, built once per
 * compilation ({@link CompilationCache}) the way a scan's index pass reads a project: so a rule
 * checking one unit knows the types the others declare (a DAO's base class, a session wrapper, an
 * entity of the same package). javac has entered every unit of the compilation before any check
 * runs: {@link Symtab} knows its classes, and those read from a source file name it. Code that is
 * not compiled with it (an incremental build's unchanged files, other modules) is known through
 * its class files, as javac read them ({@link ClassPathTypes}): types, members and annotations.
 */
final class CompilationIndex {

    private static final CompilationCache<ProjectIndex> CACHE = new CompilationCache<>(CompilationIndex::build);
    private static final CompilationCache<Map<String, JavaFileObject>> SOURCES =
            new CompilationCache<>(state -> sourceFiles(ClassPathTypes.loadedClasses(Symtab.instance(state.context))));

    private static final CompilationCache<PersistenceNamespace> NAMESPACES = new CompilationCache<>(
            state -> PersistenceNamespace.usedBy(SOURCES.of(state).values().stream().map(CompilationIndex::text)
                    .flatMap(Optional::stream).toList()));

    private CompilationIndex() {
    }

    static ProjectIndex of(VisitorState state) {
        return CACHE.of(state);
    }

    /** The persistence namespace the compilation's sources use: a compilation is one module. */
    static PersistenceNamespace namespace(VisitorState state) {
        return NAMESPACES.of(state);
    }

    /** The compilation's source files by the path the index gives their types, for the migration to read. */
    static ProjectSources sources(VisitorState state) {
        Map<String, JavaFileObject> files = SOURCES.of(state);
        return ProjectSources.of(path -> Optional.ofNullable(files.get(path)).flatMap(CompilationIndex::text));
    }

    private static Optional<String> text(JavaFileObject file) {
        try {
            return Optional.of(file.getCharContent(true).toString());
        } catch (IOException e) {
            return Optional.empty(); // read once already for the index; a file gone since adds nothing
        }
    }

    private static ProjectIndex build(VisitorState state) {
        Symtab symtab = Symtab.instance(state.context);
        List<ClassSymbol> loaded = ClassPathTypes.loadedClasses(symtab);
        List<Notice> notices = new ArrayList<>();
        List<TypeInfo> types = sourceTypes(loaded, notices);
        Set<String> declared = types.stream().map(TypeInfo::qualifiedName).collect(Collectors.toSet());
        List<String> unreadable = new ArrayList<>();
        ClassPathTypes.of(loaded, symtab, unreadable::add).stream()
                .filter(t -> !declared.contains(t.qualifiedName())).forEach(types::add);
        if (!unreadable.isEmpty()) {
            notices.add(new Notice("<class path>", Notice.Kind.INTERNAL_ERROR, unreadable.size()
                    + " class(es) could not be read and are unknown to the rules, first " + unreadable.get(0)));
        }
        // A unit the parser refuses is reported by its own check, once; here it only has no types.
        CompilerNotices.print(state, notices.stream().filter(n -> n.kind() != Notice.Kind.PARSE_ERROR).toList());
        return ProjectIndex.of(types);
    }

    /** The types declared by the compilation's source files, each file read and indexed once. */
    private static List<TypeInfo> sourceTypes(List<ClassSymbol> loaded, List<Notice> notices) {
        List<TypeInfo> types = new ArrayList<>();
        for (JavaFileObject source : sourceFiles(loaded).values()) {
            String path = source.getName();
            try {
                CharSequence text = source.getCharContent(true);
                SourceIndexing.typesOf(path, text.toString(), notices::add).ifPresent(types::addAll);
            } catch (IOException e) {
                notices.add(new Notice(path, Notice.Kind.UNREADABLE, "cannot read it again to index its types: " + e));
            }
        }
        return types;
    }

    /** The source files of the compilation's top-level classes, by name, each once. */
    private static Map<String, JavaFileObject> sourceFiles(List<ClassSymbol> loaded) {
        Map<String, JavaFileObject> sources = new LinkedHashMap<>();
        for (ClassSymbol type : loaded) {
            if (type.owner.kind == Kinds.Kind.PCK && isSource(type.sourcefile)
                    && (type.classfile == null || isSource(type.classfile))) {
                sources.putIfAbsent(type.sourcefile.getName(), type.sourcefile);
            }
        }
        return sources;
    }

    /** A class read from a class file names its source too, but only by name: its class file is no source. */
    private static boolean isSource(JavaFileObject file) {
        return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
    }
}
