package dev.ormlint.analyzer.index;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;
import java.util.List;

/** Turns JavaParser types into unresolved {@link TypeRef}s that keep the names as written. */
public final class WrittenTypes {

    private WrittenTypes() {
    }

    public static TypeRef of(Type type) {
        if (type instanceof ArrayType array) {
            TypeRef component = of(array.getComponentType());
            return new TypeRef(component.name(), component.typeArguments(), component.arrayLevel() + 1, false);
        }
        if (type instanceof ClassOrInterfaceType classType) {
            List<TypeRef> args = classType.getTypeArguments()
                    .map(list -> list.stream().map(WrittenTypes::of).toList())
                    .orElse(List.of());
            return new TypeRef(classType.getNameWithScope(), args, 0, false);
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendedType().map(WrittenTypes::of)
                    .or(() -> wildcard.getSuperType().map(WrittenTypes::of))
                    .orElse(TypeRef.of("java.lang.Object"));
        }
        if (type.isPrimitiveType() || type.isVoidType()) {
            return TypeRef.of(type.asString());
        }
        return TypeRef.unresolved(type.asString());
    }
}
