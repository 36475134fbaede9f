package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import java.util.List;

/** One legacy call on a {@code Criteria}, read into what it means for the query. */
sealed interface Step {

    /** {@code add(criterion)}: one more conjunct of the where clause. */
    record Add(Criterion criterion) implements Step {
    }

    /**
     * {@code addOrder(Order.asc|desc(p)[.ignoreCase()])}; {@code selection} is set instead of
     * {@code path} when {@code p} names a projection alias.
     */
    record AddOrder(PropertyRef path, Selection selection, boolean ascending, boolean ignoreCase) implements Step {
    }

    /** {@code createAlias(path, alias[, joinType])}: an inner or left join the alias names. */
    record Join(String alias, PropertyRef path, boolean left) implements Step {
    }

    /** {@code setFetchMode(p, JOIN)} on a to-one association: loaded in the same select. */
    record Fetch(PropertyRef path) implements Step {
    }

    /** A call that changes how rows are loaded but not which rows come back ({@code setFetchMode(p, SELECT)}). */
    record NoEffect() implements Step {
    }

    record Project(Projection projection) implements Step {
    }

    /** {@code setResultTransformer(DISTINCT_ROOT_ENTITY)}. */
    record DistinctRoot() implements Step {
    }

    /** A query setting kept on the new query under {@code method} ({@code setMaxResults}, {@code setTimeout}, ...). */
    record Option(String method, Expression argument) implements Step {
    }

    /** What the query selects when it has a projection. */
    record Projection(List<Selection> selections, boolean distinct) {
        public Projection {
            selections = List.copyOf(selections);
        }

        boolean grouped() {
            return selections.stream().anyMatch(s -> s.kind() == Selection.Kind.GROUP);
        }
    }

    /**
     * One projected value.
     *
     * @param path       null for {@code rowCount()}
     * @param resultType qualified name of the Java type each value comes back as
     * @param alias      the name {@code Projections.alias} or {@code add(p, alias)} gave it, or null
     */
    record Selection(Kind kind, PropertyRef path, String resultType, String alias) {
        enum Kind {
            ROW_COUNT, PROPERTY, GROUP, COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX
        }

        Selection(Kind kind, PropertyRef path, String resultType) {
            this(kind, path, resultType, null);
        }

        Selection named(String name) {
            return new Selection(kind, path, resultType, name);
        }
    }
}
