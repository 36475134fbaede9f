package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.index.ResolvedMethod;
import java.util.List;
import java.util.Optional;

/**
 * Where a legacy Hibernate Criteria query starts, decided by types: {@code createCriteria} on a
 * Hibernate session, on a project's own session wrapper whose {@code createCriteria} returns
 * {@code org.hibernate.Criteria}, or {@code DetachedCriteria.forClass/forEntityName}. Shared by the
 * {@code LegacyCriteriaQuery} rule and the rewriter so both see the same queries.
 */
public final class LegacyCriteria {

    public static final String CRITERIA = "org.hibernate.Criteria";
    private static final List<MethodMatcher> QUERY_CREATIONS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SharedSessionContract#createCriteria(..)"),
            MethodMatcher.instanceMethod("org.hibernate.Session#createCriteria(..)"),
            MethodMatcher.instanceMethod("org.hibernate.StatelessSession#createCriteria(..)"),
            MethodMatcher.staticMethod("org.hibernate.criterion.DetachedCriteria#forClass|forEntityName(..)"));

    private LegacyCriteria() {
    }

    public static boolean isQueryCreation(MethodCallExpr call, TypeFacts types) {
        return MethodMatcher.anyMatches(QUERY_CREATIONS, call, types) || isWrapperCreation(call, types);
    }

    /** A project's own session wrapper: {@code createCriteria} declared in sources, returning the legacy type. */
    public static boolean isWrapperCreation(MethodCallExpr call, TypeFacts types) {
        if (!call.getNameAsString().equals("createCriteria")) {
            return false;
        }
        Optional<ResolvedMethod> method = types.returnType(call);
        return method.isPresent()
                && types.index().isDeclaredInSources(method.get().owner().qualifiedName())
                && method.get().returnType().is(CRITERIA);
    }
}
