package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
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
    private static final int MAX_DEPTH = 4;
    private static final Set<String> OPTIONAL_UNWRAPS = Set.of("get", "orElse", "orElseThrow", "orElseGet");
    private static final List<MethodMatcher> LOOKUPS = List.of(
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#find|getReference(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#find|getReference(..)"),
            MethodMatcher.instanceMethod("org.hibernate.Session#get|load|find|getReference(..)"));
    private static final List<String> MANY_ROWS = List.of("java.lang.Iterable", "java.util.stream.Stream");

    private QueryResults() {
    }

    /**
     * The query or finder call whose rows {@code source} holds; for a call to a method of the same
     * class that returns a query's rows (a DAO's own {@code readActiveByCustomer(id)}), that call.
     */
    static Optional<MethodCallExpr> queryOf(Expression source, TypeFacts types) {
        return queryOf(source, types, 0, true);
    }

    /**
     * {@code depth} counts the variables followed, so that {@code x = x} cannot loop; methods of the
     * class are followed one level deep.
     */
    private static Optional<MethodCallExpr> queryOf(Expression source, TypeFacts types, int depth,
                                                    boolean followOwnMethods) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (source instanceof NameExpr name) {
            Optional<List<Optional<MethodCallExpr>>> queries = Locals.valuesOf(name)
                    .map(values -> values.stream().map(v -> queryOf(v, types, depth + 1, followOwnMethods)).toList());
            return queries.filter(q -> q.stream().allMatch(Optional::isPresent)).flatMap(q -> q.get(0));
        }
        if (source instanceof CastExpr cast) {
            return queryOf(cast.getExpression(), types, depth, followOwnMethods);
        }
        if (source instanceof EnclosedExpr enclosed) {
            return queryOf(enclosed.getInner(), types, depth, followOwnMethods);
        }
        if (!(source instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
            return followOwnMethods && returnsQueryRows(call, types) ? Optional.of(call) : Optional.empty();
        }
        Expression receiver = call.getScope().get();
        String method = call.getNameAsString();
        if (RESULT_METHODS.contains(method) && call.getArguments().isEmpty()
                && QUERY_TYPES.stream().anyMatch(t -> types.isOfType(receiver, t))) {
            return Optional.of(call);
        }
        if (STREAM_METHODS.contains(method) && call.getArguments().isEmpty()
                && types.isOfType(receiver, "java.util.Collection")) {
            return queryOf(receiver, types, depth, followOwnMethods);
        }
        if (types.isOfType(receiver, EntityPersistLoop.SPRING_DATA_REPOSITORY)
                && MANY_ROWS.stream().anyMatch(t -> types.isOfType(call, t))) {
            return Optional.of(call);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code source} is an entity looked up by the ORM: {@code repository.findById(id).orElse(..)},
     * {@code repository.findByCode(code)}, {@code em.find(..)}, {@code session.get(..)}, directly or
     * through a local variable holding it. Such an entity is managed: saving it inserts nothing.
     */
    static boolean isLookup(Expression source, TypeFacts types) {
        return isLookup(source, types, 0);
    }

    private static boolean isLookup(Expression source, TypeFacts types, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (source instanceof NameExpr name) {
            return Locals.allValuesMatch(name, v -> isLookup(v, types, depth + 1));
        }
        if (source instanceof CastExpr cast) {
            return isLookup(cast.getExpression(), types, depth);
        }
        if (!(source instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return false;
        }
        Expression receiver = call.getScope().get();
        if (OPTIONAL_UNWRAPS.contains(call.getNameAsString()) && types.isOfType(receiver, "java.util.Optional")) {
            return isLookup(receiver, types, depth);
        }
        return types.isOfType(receiver, EntityPersistLoop.SPRING_DATA_REPOSITORY)
                || MethodMatcher.anyMatches(LOOKUPS, call, types);
    }

    /** Whether the method of the enclosing class that {@code call} invokes returns a query's rows on every path. */
    private static boolean returnsQueryRows(MethodCallExpr call, TypeFacts types) {
        Optional<TypeDeclaration<?>> owner = enclosingType(call);
        if (owner.isEmpty()) {
            return false;
        }
        List<MethodDeclaration> candidates = owner.get().getMethodsByName(call.getNameAsString()).stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size()).toList();
        if (candidates.size() != 1 || candidates.get(0).getBody().isEmpty()) {
            return false;
        }
        MethodDeclaration method = candidates.get(0);
        List<ReturnStmt> returns = method.getBody().get().findAll(ReturnStmt.class, r -> returnsFrom(r) == method);
        return !returns.isEmpty() && returns.stream()
                .allMatch(r -> r.getExpression().flatMap(e -> queryOf(e, types, 0, false)).isPresent());
    }

    private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The method or lambda a {@code return} leaves. */
    private static Node returnsFrom(ReturnStmt statement) {
        Node n = statement.getParentNode().orElse(null);
        while (n != null && !(n instanceof CallableDeclaration<?>) && !(n instanceof LambdaExpr)) {
            n = n.getParentNode().orElse(null);
        }
        return n;
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
