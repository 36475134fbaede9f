package dev.ormlint.errorprone;

import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.ModuleSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.WildcardType;
import com.sun.tools.javac.code.TypeTag;
import dev.ormlint.analyzer.index.ImportScope;
import dev.ormlint.analyzer.index.LibraryFacts;
import dev.ormlint.analyzer.index.MethodInfo;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.NestingKind;
import javax.tools.JavaFileObject;

/**
 * The classes a compilation uses from its class path (the project's other modules, libraries
 * ormlint has no facts for), described for ormlint's project index from javac's own symbols: so a
 * DAO whose base class, session wrapper or repository interface lives in another module is
 * understood as in a scan of the whole project. Only classes javac has already read are described
 * (the sources use them, or extend something that does). The JDK and the libraries the shipped
 * facts describe are left to those facts, so rules see them exactly as in a scan.
 */
final class ClassPathTypes {

    private ClassPathTypes() {
    }

    /**
     * @param unreadable receives the name of each class that could not be described (a type it
     *                   names is missing from the class path); it is then left out
     */
    /** @param loaded the classes javac had entered, {@link #loadedClasses} */
    static List<TypeInfo> of(List<ClassSymbol> loaded, Symtab symtab, Consumer<String> unreadable) {
        LibraryFacts facts = LibraryFacts.load();
        List<TypeInfo> types = new ArrayList<>();
        for (ClassSymbol type : loaded) {
            if (type.classfile != null && type.classfile.getKind() == JavaFileObject.Kind.CLASS
                    && type.isCompleted() && !fromTheJdk(type, symtab)
                    && (type.getNestingKind() == NestingKind.TOP_LEVEL || type.getNestingKind() == NestingKind.MEMBER)
                    && (type.flags() & Flags.SYNTHETIC) == 0
                    && !facts.describesLibraryOf(type.getQualifiedName().toString())) {
                try {
                    types.add(describe(type));
                } catch (CompletionFailure e) {
                    unreadable.accept(type.getQualifiedName().toString());
                }
            }
        }
        return types;
    }

    /**
     * A copy of the classes javac has entered so far: describing one can make javac enter more
     * (the types its members name), and javac's own table must not change while it is walked.
     */
    static List<ClassSymbol> loadedClasses(Symtab symtab) {
        List<ClassSymbol> classes = new ArrayList<>();
        symtab.getAllClasses().forEach(classes::add);
        return classes;
    }

    /**
     * The JDK's classes: those of a named module, or, when modules are off (source level 8), those
     * read from the runtime image or from {@code ct.sym} rather than from the class path.
     */
    private static boolean fromTheJdk(ClassSymbol type, Symtab symtab) {
        ModuleSymbol module = type.packge().modle;
        if (module != symtab.noModule) {
            return module != symtab.unnamedModule;
        }
        URI location = type.classfile.toUri();
        return "jrt".equals(location.getScheme()) || location.toString().contains("ct.sym");
    }

    private static TypeInfo describe(ClassSymbol type) {
        List<TypeRef> supertypes = new ArrayList<>();
        JavacEntityModel.declaredSuperclass(type).ifPresent(superclass -> supertypes.add(ref(superclass)));
        type.getInterfaces().forEach(i -> supertypes.add(ref(i)));
        Map<String, TypeRef> fields = new HashMap<>();
        Map<String, List<MethodInfo>> methods = new HashMap<>();
        List<String> enumConstants = new ArrayList<>();
        for (Symbol member : type.getEnclosedElements()) {
            String name = member.getSimpleName().toString();
            switch (member.getKind()) {
                case FIELD -> fields.put(name, ref(member.type));
                case ENUM_CONSTANT -> enumConstants.add(name);
                case METHOD -> methods.computeIfAbsent(name, n -> new ArrayList<>()).add(method((MethodSymbol) member));
                default -> {
                    // constructors, initializers and member types say nothing the index keeps
                }
            }
        }
        String packageName = type.packge().getQualifiedName().toString();
        return new TypeInfo(type.getQualifiedName().toString(), kind(type), type.classfile.getName(),
                new ImportScope(packageName, Map.of(), List.of(), Map.of(), List.of()),
                type.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).toList(),
                supertypes, annotations(type), fields, methods, enumConstants);
    }

    private static MethodInfo method(MethodSymbol method) {
        List<TypeRef> parameters = method.getParameters().stream().map(p -> ref(p.type)).toList();
        return new MethodInfo(method.getSimpleName().toString(), parameters, ref(method.getReturnType()),
                method.isVarArgs(), annotations(method));
    }

    private static TypeInfo.Kind kind(ClassSymbol type) {
        return switch (type.getKind()) {
            case INTERFACE -> TypeInfo.Kind.INTERFACE;
            case ENUM -> TypeInfo.Kind.ENUM;
            case RECORD -> TypeInfo.Kind.RECORD;
            case ANNOTATION_TYPE -> TypeInfo.Kind.ANNOTATION;
            default -> TypeInfo.Kind.CLASS;
        };
    }

    /** Qualified names, which the index reads as written names that need no import. */
    private static List<String> annotations(Symbol symbol) {
        return symbol.getAnnotationMirrors().stream()
                .map(Attribute.Compound::getAnnotationType)
                .map(t -> t.asElement().toString())
                .toList();
    }

    /** A javac type as the index writes types: qualified and resolved, type variables by name. */
    private static TypeRef ref(Type type) {
        if (type.hasTag(TypeTag.ARRAY)) {
            TypeRef component = ref(((Type.ArrayType) type).getComponentType());
            return new TypeRef(component.name(), component.typeArguments(), component.arrayLevel() + 1, component.resolved());
        }
        if (type.hasTag(TypeTag.CLASS)) {
            return new TypeRef(type.tsym.getQualifiedName().toString(),
                    type.getTypeArguments().stream().map(ClassPathTypes::ref).toList(), 0, true);
        }
        if (type.hasTag(TypeTag.TYPEVAR)) {
            return TypeRef.unresolved(type.tsym.getSimpleName().toString());
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.type == null ? TypeRef.of("java.lang.Object") : ref(wildcard.type);
        }
        if (type.isPrimitiveOrVoid()) {
            return TypeRef.of(type.toString());
        }
        return TypeRef.of("java.lang.Object");
    }
}
