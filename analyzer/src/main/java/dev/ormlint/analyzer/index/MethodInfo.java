package dev.ormlint.analyzer.index;

import java.util.List;

/**
 * A method declared in scanned sources (or described by the library facts).
 *
 * @param name           simple name
 * @param parameterTypes declared parameter types as written
 * @param returnType     declared return type as written, e.g. {@code List<Order>}
 * @param varArgs        whether the last parameter is variadic
 * @param annotations    annotation names as written
 * @param body           what its body does, for its {@link MethodSummary}; {@link MethodBody#NONE} when
 *                       it has none (abstract, interface, library) or the index pass left it out
 */
public record MethodInfo(String name, List<TypeRef> parameterTypes, TypeRef returnType, boolean varArgs,
                         List<String> annotations, MethodBody body) {

    /** A method whose body is not known. */
    public MethodInfo(String name, List<TypeRef> parameterTypes, TypeRef returnType, boolean varArgs,
                      List<String> annotations) {
        this(name, parameterTypes, returnType, varArgs, annotations, MethodBody.NONE);
    }

    public MethodInfo {
        // Null is NONE, for readers that leave an unknown body out (the scan cache).
        body = body != null ? body : MethodBody.NONE;
        parameterTypes = List.copyOf(parameterTypes);
        annotations = List.copyOf(annotations);
    }

    public boolean accepts(int argumentCount) {
        return varArgs ? argumentCount >= parameterTypes.size() - 1 : argumentCount == parameterTypes.size();
    }
}
