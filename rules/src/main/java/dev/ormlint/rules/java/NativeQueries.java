package dev.ormlint.rules.java;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;

/**
 * Which expressions are native SQL queries: a {@code createNativeQuery}/{@code createSQLQuery}
 * call on an {@code EntityManager} or Hibernate session, a fluent chain of setters on one, a local
 * variable every assignment of which is one, or anything whose static type is Hibernate's native
 * query type.
 */
final class NativeQueries {

    /** Calls whose first argument is the SQL text. */
    static final List<MethodMatcher> CREATIONS_FROM_SQL = List.of(
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#createNativeQuery(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#createNativeQuery(..)"),
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#createNativeQuery|createSQLQuery(..)"),
            MethodMatcher.instanceMethod("org.hibernate.query.QueryProducer#createNativeQuery|createSQLQuery(..)"));
    private static final List<MethodMatcher> NAMED_CREATIONS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#getNamedNativeQuery(..)"),
            MethodMatcher.instanceMethod("org.hibernate.query.QueryProducer#getNamedNativeQuery(..)"));
    private static final List<String> NATIVE_TYPES = List.of("org.hibernate.query.NativeQuery", "org.hibernate.SQLQuery");
    private static final int MAX_DEPTH = 8;

    private NativeQueries() {
    }

    static boolean isNative(Expression expression, TypeFacts types) {
        return isNative(expression, types, 0);
    }

    private static boolean isNative(Expression expression, TypeFacts types, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (NATIVE_TYPES.stream().anyMatch(t -> types.isOfType(expression, t))) {
            return true;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return isNative(enclosed.getInner(), types, depth + 1);
        }
        if (expression instanceof MethodCallExpr call) {
            if (MethodMatcher.anyMatches(CREATIONS_FROM_SQL, call, types)
                    || MethodMatcher.anyMatches(NAMED_CREATIONS, call, types)) {
                return true;
            }
            return returnsSameQuery(call) && isNative(call.getScope().get(), types, depth + 1);
        }
        if (expression instanceof NameExpr name) {
            List<Expression> values = Locals.valuesOf(name).orElse(List.of());
            return !values.isEmpty() && values.stream().allMatch(v -> isNative(v, types, depth + 1));
        }
        return false;
    }

    /**
     * The query API is fluent: its setters and adders ({@code setParameter}, {@code addEntity},
     * {@code setHint}) and {@code unwrap} return the query they are called on.
     */
    private static boolean returnsSameQuery(MethodCallExpr call) {
        String name = call.getNameAsString();
        return call.getScope().isPresent()
                && (name.startsWith("set") || name.startsWith("add") || name.equals("unwrap"));
    }
}
