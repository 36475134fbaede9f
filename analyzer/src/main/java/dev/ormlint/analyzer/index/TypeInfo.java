package dev.ormlint.analyzer.index;

import java.util.List;
import java.util.Map;

/**
 * One type declared in the scanned sources, as recorded by the index pass. Types are kept as
 * written ({@link TypeRef#resolved()} false); {@link ProjectIndex} resolves them against
 * {@link #scope()} once every type of the project is known.
 *
 * @param qualifiedName  e.g. {@code com.acme.Outer.Inner}
 * @param kind           class, interface, enum, record or annotation
 * @param path           file that declares it, relative to the scan root
 * @param scope          imports of that file
 * @param typeParameters names of the type's own type parameters, e.g. {@code [T, ID]}
 * @param supertypes     extended and implemented types as written, with type arguments
 * @param annotations    annotation names as written
 * @param fields         field name to declared type as written
 * @param methods        methods by name
 * @param enumConstants  names of the constants when this is an enum
 */
public record TypeInfo(
        String qualifiedName,
        Kind kind,
        String path,
        ImportScope scope,
        List<String> typeParameters,
        List<TypeRef> supertypes,
        List<String> annotations,
        Map<String, TypeRef> fields,
        Map<String, List<MethodInfo>> methods,
        List<String> enumConstants) {

    public enum Kind {
        CLASS,
        INTERFACE,
        ENUM,
        RECORD,
        ANNOTATION
    }

    public TypeInfo {
        typeParameters = List.copyOf(typeParameters);
        supertypes = List.copyOf(supertypes);
        annotations = List.copyOf(annotations);
        fields = Map.copyOf(fields);
        methods = Map.copyOf(methods);
        enumConstants = List.copyOf(enumConstants);
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
