package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.TypeParameter;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.Optional;

/**
 * The entity a {@code Class<X>} known only at run time stands for ({@code createCriteria(getEntityClass())},
 * {@code createCriteria(mappedClass)}). For a class {@code X} the rows are {@code X}'s. For a type
 * variable {@code T extends B} of the enclosing method or class (a generic DAO's
 * {@code Class<T> mappedClass}) the rows are of some subclass of {@code B}: every property of
 * {@code B} is theirs, and the query is written over {@code T} ({@code CriteriaQuery<T>},
 * {@code Root<T>}), since that is what {@code cb.createQuery(mappedClass)} returns.
 *
 * @param typeVariable the type variable as written, or null for a class
 * @param propertiesOf qualified name of the type whose properties the rows have: {@code X}, or {@code B}
 */
record RuntimeEntity(String typeVariable, String propertiesOf) {

    /** The entity of {@code classValue}, a {@code Class<..>} expression; empty for {@code Class<?>} or an unbounded variable. */
    static Optional<RuntimeEntity> of(Expression classValue, TypeFacts facts) {
        Optional<TypeRef> written = facts.typeOf(classValue).filter(t -> t.is("java.lang.Class") && t.typeArguments().size() == 1);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        TypeRef argument = written.get().typeArguments().get(0);
        if (argument.resolved()) {
            return Optional.of(new RuntimeEntity(null, argument.name()));
        }
        return declaration(classValue, argument.name())
                .filter(variable -> !variable.getTypeBound().isEmpty())
                .map(variable -> facts.resolve(variable.getTypeBound().get(0)))
                .filter(TypeRef::resolved)
                .map(bound -> new RuntimeEntity(argument.name(), bound.name()));
    }

    /** The type parameter {@code name} in scope at {@code node}: the innermost method or class declaring it. */
    private static Optional<TypeParameter> declaration(Node node, String name) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic) {
                Optional<TypeParameter> found = generic.getTypeParameters().stream()
                        .filter(p -> p.getNameAsString().equals(name)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
