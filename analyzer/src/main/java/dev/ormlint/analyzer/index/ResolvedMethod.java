package dev.ormlint.analyzer.index;

/**
 * A method found on a type or one of its supertypes.
 *
 * @param owner      the type that declares it
 * @param method     the declaration as indexed
 * @param returnType its return type, resolved, with the receiver's type arguments substituted
 */
public record ResolvedMethod(TypeInfo owner, MethodInfo method, TypeRef returnType) {
}
