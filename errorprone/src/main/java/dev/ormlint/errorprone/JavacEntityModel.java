package dev.ormlint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import dev.ormlint.rewriter.criteria.EntityModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The entity classes of a migration as javac knows them: declared in the sources being compiled or
 * read from the class path, with every type resolved. A field's type is taken as a member of the
 * queried entity, so a property declared in a generic superclass ({@code BaseEntity<Long>}) has
 * the entity's type argument.
 */
final class JavacEntityModel implements EntityModel {

    private final VisitorState state;

    JavacEntityModel(VisitorState state) {
        this.state = state;
    }

    @Override
    public boolean knows(String qualifiedName) {
        return classSymbol(qualifiedName).isPresent();
    }

    @Override
    public Optional<Property> property(String owner, String name) {
        Optional<ClassSymbol> entity = classSymbol(owner);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        for (ClassSymbol type = entity.get(); type != null; type = superclass(type)) {
            for (Symbol member : type.members().getSymbolsByName(state.getName(name), s -> s.getKind() == ElementKind.FIELD)) {
                VarSymbol field = (VarSymbol) member;
                if (!field.isStatic() && (field.flags() & Flags.TRANSIENT) == 0) {
                    return Optional.of(describe(field, state.getTypes().memberType(entity.get().type, field)));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> idProperty(String owner) {
        for (ClassSymbol type = classSymbol(owner).orElse(null); type != null; type = superclass(type)) {
            for (Symbol member : type.getEnclosedElements()) {
                if (member.getKind() != ElementKind.FIELD) {
                    continue;
                }
                if (annotated(member, "Id")) {
                    return Optional.of(member.getSimpleName().toString());
                }
                if (annotated(member, "EmbeddedId")) {
                    return Optional.empty();
                }
            }
        }
        return property(owner, "id").map(Property::name);
    }

    @Override
    public String entityName(String qualifiedName) {
        Optional<ClassSymbol> type = classSymbol(qualifiedName);
        if (type.isEmpty()) {
            return qualifiedName;
        }
        for (Attribute.Compound annotation : type.get().getAnnotationMirrors()) {
            if (simpleName(annotation).equals("Entity")) {
                for (Map.Entry<Symbol.MethodSymbol, Attribute> value : annotation.getElementValues().entrySet()) {
                    if (value.getKey().getSimpleName().contentEquals("name")
                            && value.getValue().getValue() instanceof String name && !name.isEmpty()) {
                        return name;
                    }
                }
                return type.get().getSimpleName().toString();
            }
        }
        return qualifiedName;
    }

    private Property describe(VarSymbol field, Type type) {
        Types types = state.getTypes();
        Type boxed = type.isPrimitive() ? types.boxedClass(type).type : type;
        String name = qualifiedName(boxed);
        List<String> arguments = boxed.getTypeArguments().stream().map(this::qualifiedName).toList();
        boolean collection = COLLECTIONS.contains(name);
        String target = collection && !arguments.isEmpty() ? arguments.get(arguments.size() - 1) : name;
        boolean embedded = annotated(field, "Embedded")
                || classSymbol(name).map(t -> annotated(t, "Embeddable")).orElse(false);
        return new Property(field.getSimpleName().toString(), name, arguments, target, collection, embedded);
    }

    /** Canonical name of the erasure ({@code byte[]} for arrays), as generated code writes it. */
    private String qualifiedName(Type type) {
        Type erased = state.getTypes().erasure(type);
        return erased.hasTag(TypeTag.ARRAY) ? erased.toString() : erased.tsym.getQualifiedName().toString();
    }

    private Optional<ClassSymbol> classSymbol(String qualifiedName) {
        try {
            if (state.getSymbolFromString(qualifiedName) instanceof ClassSymbol symbol) {
                symbol.complete();
                return Optional.of(symbol);
            }
            return Optional.empty();
        } catch (CompletionFailure missing) {
            return Optional.empty();
        }
    }

    /** The declared superclass; none past {@code Object}, which has no persistent fields. */
    private static ClassSymbol superclass(ClassSymbol type) {
        return declaredSuperclass(type).map(t -> (ClassSymbol) t.tsym).orElse(null);
    }

    /** The superclass a class declares; empty for interfaces and for classes whose superclass is {@code Object}. */
    static Optional<Type> declaredSuperclass(ClassSymbol type) {
        Type superclass = type.getSuperclass();
        return superclass.hasTag(TypeTag.CLASS) && !superclass.tsym.getQualifiedName().contentEquals("java.lang.Object")
                ? Optional.of(superclass) : Optional.empty();
    }

    /** By simple name, as the Spoon model does: {@code javax.persistence} and {@code jakarta.persistence} alike. */
    private static boolean annotated(Symbol symbol, String simpleName) {
        return symbol.getAnnotationMirrors().stream().anyMatch(a -> simpleName(a).equals(simpleName));
    }

    private static String simpleName(Attribute.Compound annotation) {
        return annotation.getAnnotationType().asElement().getSimpleName().toString();
    }
}
