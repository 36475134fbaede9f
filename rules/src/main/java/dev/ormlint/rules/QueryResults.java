package dev.ormlint.rules;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes rows that come straight from the database: the result of a JPA / Hibernate query
 * ({@code getResultList()}, {@code getResultStream()}, {@code list()}, {@code stream()}) or of a
 * Spring Data repository method returning many rows ({@code findAll()}, {@code findByStatus(..)}),
 * directly, through {@code .stream()}, or through a local variable holding it.
 */
final class QueryResults {

    private static final List<String> QUERY_TYPES = List.of(
            "jakarta.persistence.Query", "javax.persistence.Query", "org.hibernate.query.Query",
            "org.hibernate.query.SelectionQuery", "org.hibernate.Query", "org.hibernate.Criteria");
    private static final Set<String> RESULT_METHODS = Set.of("getResultList", "getResultStream", "list", "stream");
    private static final Set<String> STREAM_METHODS = Set.of("stream", "parallelStream");
    private static final List<String> MANY_ROWS = List.of("java.lang.Iterable", "java.util.stream.Stream");

    private QueryResults() {
    }

    /** The query or finder call whose rows {@code source} holds. */
    static Optional<MethodCallExpr> queryOf(Expression source, TypeFacts types) {
        if (source instanceof NameExpr name) {
            return Locals.valueOf(name).flatMap(value -> queryOf(value, types));
        }
        if (source instanceof CastExpr cast) {
            return queryOf(cast.getExpression(), types);
        }
        if (source instanceof EnclosedExpr enclosed) {
            return queryOf(enclosed.getInner(), types);
        }
        if (!(source instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression receiver = call.getScope().get();
        String method = call.getNameAsString();
        if (RESULT_METHODS.contains(method) && call.getArguments().isEmpty()
                && QUERY_TYPES.stream().anyMatch(t -> types.isOfType(receiver, t))) {
            return Optional.of(call);
        }
        if (STREAM_METHODS.contains(method) && call.getArguments().isEmpty()
                && types.isOfType(receiver, "java.util.Collection")) {
            return queryOf(receiver, types);
        }
        if (types.isOfType(receiver, EntityPersistLoop.SPRING_DATA_REPOSITORY)
                && MANY_ROWS.stream().anyMatch(t -> types.isOfType(call, t))) {
            return Optional.of(call);
        }
        return Optional.empty();
    }

    /**
     * The entity class a typed query was created for, {@code Ticket} in
     * {@code em.createQuery("...", Ticket.class).setParameter(..).getResultList()}: the scan does not
     * infer generic methods, so the class literal is read off the chain.
     */
    static Optional<TypeRef> resultClass(MethodCallExpr query, TypeFacts types) {
        for (Expression e = query; e instanceof MethodCallExpr call; e = call.getScope().orElse(null)) {
            if (call.getNameAsString().startsWith("create") && call.getArguments().size() >= 2
                    && call.getArguments().getLast().orElseThrow() instanceof ClassExpr resultClass) {
                return Optional.of(types.resolve(resultClass.getType()));
            }
        }
        return Optional.empty();
    }
}
