package dev.ormlint.rewriter.criteria;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A legacy restriction, read into a form each output style can write. */
sealed interface Criterion {

    enum Comparison {
        EQ("=", "equal"), NE("<>", "notEqual"), GT(">", "greaterThan"), GE(">=", "greaterThanOrEqualTo"),
        LT("<", "lessThan"), LE("<=", "lessThanOrEqualTo");

        final String hql;
        final String builderMethod;

        Comparison(String hql, String builderMethod) {
            this.hql = hql;
            this.builderMethod = builderMethod;
        }

        boolean needsComparable() {
            return this != EQ && this != NE;
        }
    }

    /** {@code MatchMode}: how legacy wraps a like pattern; it never escapes {@code %} or {@code _}. */
    enum MatchMode {
        EXACT("", ""), START("", "%"), END("%", ""), ANYWHERE("%", "%");

        final String prefix;
        final String suffix;

        MatchMode(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }
    }

    /** {@code eq/ne/gt/..}; {@code ignoreCase} when {@code .ignoreCase()} lower-cases both sides of a String comparison. */
    record Compare(PropertyRef path, Comparison op, Expression value, boolean ignoreCase) implements Criterion {
    }

    record Between(PropertyRef path, Expression low, Expression high) implements Criterion {
    }

    /** {@code like}/{@code ilike}; {@code mode} null when the value is used as the whole pattern. */
    record Like(PropertyRef path, Expression value, MatchMode mode, boolean ignoreCase) implements Criterion {
    }

    record NullCheck(PropertyRef path, boolean isNull) implements Criterion {
    }

    record EmptyCheck(PropertyRef path, boolean isEmpty) implements Criterion {
    }

    record In(PropertyRef path, Expression values) implements Criterion {
    }

    /** {@code sizeEq/sizeGt/..}: the collection's size compared with a number. */
    record SizeCompare(PropertyRef path, Comparison op, Expression size) implements Criterion {
    }

    record PropertyCompare(PropertyRef left, Comparison op, PropertyRef right) implements Criterion {
    }

    /** {@code and}/{@code conjunction} or {@code or}/{@code disjunction}; legacy renders an empty one as {@code 1=1}. */
    record Junction(boolean conjunction, List<Criterion> parts) implements Criterion {
        public Junction {
            parts = List.copyOf(parts);
        }
    }

    record Not(Criterion inner) implements Criterion {
    }

    /**
     * A junction held in a local variable and filled by {@code add} statements, maybe under
     * conditions or in loops, before the query takes it.
     *
     * @param declaration {@code Disjunction any = Restrictions.disjunction();}
     * @param initial     parts added where it is declared
     * @param statements  the {@code any.add(..);} statements with the parts each adds
     */
    record Accumulated(String name, boolean conjunction, ExpressionStmt declaration, List<Criterion> initial,
                       Map<ExpressionStmt, List<Criterion>> statements) implements Criterion {
        public Accumulated {
            initial = List.copyOf(initial);
            statements = Collections.unmodifiableMap(new LinkedHashMap<>(statements));
        }
    }

    /**
     * {@code Subqueries.propertyIn/propertyNotIn/exists/notExists/eq} over a {@code DetachedCriteria}
     * local variable.
     *
     * @param path  the compared property (IN, NOT_IN, COMPARE), else null
     * @param value the compared value (EQ), else null
     * @param op    how the property compares with the subquery's value (COMPARE), else null
     */
    record SubqueryTest(Kind kind, PropertyRef path, Expression value, Detached subquery, Comparison op)
            implements Criterion {
        enum Kind {
            IN, NOT_IN, EXISTS, NOT_EXISTS, EQ, COMPARE
        }

        SubqueryTest(Kind kind, PropertyRef path, Expression value, Detached subquery) {
            this(kind, path, value, subquery, null);
        }
    }

    /**
     * A {@code DetachedCriteria} declared, built by the statements right after it, and used once, by a
     * subquery test.
     *
     * @param name      the variable
     * @param building  the statements after the declaration that add to it ({@code name.add(..);})
     * @param entity    the entity class as written
     * @param alias     the alias given to {@code forClass}, or null
     * @param where     its restrictions
     * @param selection what it selects
     */
    record Detached(String name, ExpressionStmt declaration, List<ExpressionStmt> building, String entity,
                    String entityType, String alias, List<Criterion> where, Step.Selection selection) {
        public Detached {
            building = List.copyOf(building);
            where = List.copyOf(where);
        }
    }

    /** This criterion and every criterion inside it. */
    static Stream<Criterion> walk(Criterion criterion) {
        Stream<Criterion> inner;
        if (criterion instanceof Junction junction) {
            inner = junction.parts().stream();
        } else if (criterion instanceof Not not) {
            inner = Stream.of(not.inner());
        } else if (criterion instanceof Accumulated accumulated) {
            inner = Stream.concat(accumulated.initial().stream(),
                    accumulated.statements().values().stream().flatMap(List::stream));
        } else {
            inner = Stream.empty();
        }
        return Stream.concat(Stream.of(criterion), inner.flatMap(Criterion::walk));
    }
}
