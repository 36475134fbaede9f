package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A type as written in source, resolved as far as the scan can: {@code name} is fully qualified
 * when resolution succeeded ({@link #resolved()}), else the name as written.
 *
 * @param name          fully qualified name (nested types joined with '.'), or the name as written
 * @param typeArguments generic arguments, e.g. {@code [com.acme.Order]} for {@code List<Order>}
 * @param arrayLevel    number of array dimensions
 * @param resolved      whether {@code name} is known to be fully qualified
 */
public record TypeRef(String name, List<TypeRef> typeArguments, int arrayLevel, boolean resolved) {

    public TypeRef {
        typeArguments = List.copyOf(typeArguments);
    }

    public static TypeRef of(String qualifiedName, TypeRef... typeArguments) {
        return new TypeRef(qualifiedName, List.of(typeArguments), 0, true);
    }

    public static TypeRef unresolved(String name) {
        return new TypeRef(name, List.of(), 0, false);
    }

    public boolean isArray() {
        return arrayLevel > 0;
    }

    public boolean is(String qualifiedName) {
        return resolved && arrayLevel == 0 && name.equals(qualifiedName);
    }

    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The element type of an array. */
    public TypeRef componentType() {
        return new TypeRef(name, typeArguments, Math.max(0, arrayLevel - 1), resolved);
    }

    @Override
    public String toString() {
        String args = typeArguments.isEmpty() ? ""
                : typeArguments.stream().map(TypeRef::toString).collect(Collectors.joining(", ", "<", ">"));
        return name + args + "[]".repeat(arrayLevel);
    }
}
