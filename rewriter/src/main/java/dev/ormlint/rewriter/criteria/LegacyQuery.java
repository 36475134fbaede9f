package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.List;
import java.util.Map;

/**
 * A legacy query fully read: where it lives, what each call means, and the settings that apply
 * to the whole query.
 *
 * @param session     the expression the query was created on
 * @param entity      the entity class as written in {@code createCriteria(X.class)}, the type variable
 *                    {@code T} of a run-time {@code Class<T>}, or null when a run-time class names it
 * @param entityType  its qualified name, whose properties the rows have: for a run-time class, the type
 *                    argument of its {@code Class<X>}, or the bound of its type variable ({@link RuntimeEntity})
 * @param runtimeClass the expression giving the entity class at run time ({@code getEntityClass()}), or null
 * @param rootAlias   the alias given to {@code createCriteria}, or null
 * @param steps       what each call between creation and terminal means
 * @param joins       the {@code createAlias} joins, in order
 * @param projection  the projection, or null when the query returns entities
 * @param options     query settings, in order
 * @param declaredRows the supertype of the rows that the code receiving them declares, or null
 *                     (see {@link RowTarget})
 */
record LegacyQuery(QuerySite site, SessionRef session, String entity, String entityType, Expression runtimeClass,
                   String rootAlias,
                   Map<MethodCallExpr, Step> steps, List<Step.Join> joins, List<Step.Fetch> fetches,
                   Step.Projection projection, boolean distinctRoot, List<Step.Option> options, String declaredRows) {

    LegacyQuery {
        steps = Map.copyOf(steps);
        joins = List.copyOf(joins);
        fetches = List.copyOf(fetches);
        options = List.copyOf(options);
    }

    /** What each row comes back as: the entity, one projected value, or {@code Object[]}. */
    String resultType() {
        return resultType(entityType, projection);
    }

    static String resultType(String entityType, Step.Projection projection) {
        if (projection == null) {
            return entityType;
        }
        return projection.selections().size() == 1 ? projection.selections().get(0).resultType() : "java.lang.Object[]";
    }

    /**
     * Code written on {@code javax.persistence} runs on Hibernate 5.2+, whose {@code Query} has no
     * {@code setHibernateLockMode} (Hibernate 6 has); a lock mode is then left for the upgrade.
     */
    void requireRunsOn(PersistenceNamespace namespace) throws Unsupported {
        if (namespace == PersistenceNamespace.JAVAX
                && options.stream().anyMatch(o -> o.method().equals("setHibernateLockMode"))) {
            throw new Unsupported("setLockMode(..) on javax.persistence",
                    "Hibernate 5's Query has no setHibernateLockMode; use --namespace jakarta with Hibernate 6");
        }
    }

    /** The entity type as the file writes it. */
    String entityIn(TypeNames types) {
        return entity != null ? entity : types.of(entityType);
    }

    /** The entity's class as the migrated query names it: {@code X.class}, or the run-time class expression. */
    String entityClassIn(TypeNames types, SourceText source) {
        return runtimeClass != null ? source.of(runtimeClass) : entityIn(types) + ".class";
    }

    /** The row type the migrated query is created with, as written in the file. */
    String rowTypeIn(TypeNames types) {
        if (declaredRows != null) {
            return types.of(declaredRows);
        }
        return projection == null ? entityIn(types) : types.of(resultType());
    }

    /** The class the migrated query is created with: the row type's, the entity's run-time class for entity rows. */
    String rowClassIn(TypeNames types, SourceText source) {
        return declaredRows == null && projection == null ? entityClassIn(types, source) : rowTypeIn(types) + ".class";
    }
}
