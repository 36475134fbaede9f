package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reason a query is left as it was: the file stays byte-identical and the report names the
 * construct, the line of the query and the reason.
 */
class LeftQueriesTest {

    private static final String HEADER = """
            package com.example.dao;

            import com.example.domain.Customer;
            import com.example.domain.PurchaseOrder;
            import java.util.List;
            import java.util.Map;
            import org.hibernate.Criteria;
            import org.hibernate.FetchMode;
            import org.hibernate.ScrollableResults;
            import org.hibernate.Session;
            import org.hibernate.criterion.DetachedCriteria;
            import org.hibernate.criterion.Example;
            import org.hibernate.criterion.Projections;
            import org.hibernate.criterion.Property;
            import org.hibernate.criterion.Restrictions;
            import org.hibernate.criterion.Subqueries;
            import org.hibernate.sql.JoinType;

            public class Dao {
                private Session session;

                Object query(String name, Map<String, Object> values, Customer probe) {
            """;
    /** The line of the first statement of {@code query}'s body. */
    private static final int FIRST_LINE = 23;

    @TempDir
    Path root;

    static Stream<Arguments> leftInBothStyles() {
        return Stream.of(
                Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.sqlRestriction(\"1=1\")).list();",
                        "Restrictions.sqlRestriction", "SQL fragment"),
                Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.allEq(values)).list();",
                        "Restrictions.allEq", "map of property values known only at run time"),
                Arguments.of("return session.createCriteria(Customer.class).add(Example.create(probe)).list();",
                        "Example.create(..)", "query by example has no JPA equivalent"),
                Arguments.of("return session.createCriteria(Customer.class).add(Property.forName(\"name\").like(name)).list();",
                        "Property.forName(..).like(..)", "Property.forName(..) restriction not migrated yet"),
                Arguments.of("return session.createCriteria(Customer.class).add(Subqueries.exists("
                                + "DetachedCriteria.forClass(PurchaseOrder.class).setProjection(Projections.id()))).list();",
                        "Subqueries.exists", "subquery (DetachedCriteria) not migrated yet"),
                Arguments.of("ScrollableResults rows = session.createCriteria(Customer.class).scroll(); return rows;",
                        "Criteria.scroll()", "ScrollableResults rows differ in Hibernate 6"),
                Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.eq(\"name\", name));",
                        "return createCriteria(..)", "Criteria built in one method and finished in another"),
                Arguments.of("Criteria c = session.createCriteria(Customer.class); c.list(); return c.list();",
                        "Criteria `c` used after list()", "query changed or run again after it ran"),
                Arguments.of("Criteria c = session.createCriteria(Customer.class); if (name != null) { c.setMaxResults(1); } return c.list();",
                        "setMaxResults inside a condition or loop", "query shape chosen at run time"),
                Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.eq(\"nickname\", name)).list();",
                        "property `nickname`", "property not found in the entity or its superclasses (misspelt, or the entity is unknown)"),
                Arguments.of("return session.createCriteria(PurchaseOrder.class).add(Restrictions.eq(\"customer.name\", name)).list();",
                        "property `customer.name`", "dotted path through an association without createAlias"),
                Arguments.of("return session.createCriteria(Customer.class).createAlias(\"orders\", \"o\", JoinType.FULL_JOIN).list();",
                        "JoinType.FULL_JOIN", "full and right joins have no JPA Criteria equivalent"),
                Arguments.of("return session.createCriteria(Customer.class).setFetchMode(\"orders\", FetchMode.JOIN).list();",
                        "setFetchMode(\"orders\", JOIN)",
                        "fetch join of a collection: Hibernate 6 removes the duplicate roots legacy returned"),
                Arguments.of("return session.createCriteria(Customer.class).createAlias(\"orders\", \"o\")"
                                + ".setResultTransformer(Criteria.DISTINCT_ROOT_ENTITY).setMaxResults(5).list();",
                        "DISTINCT_ROOT_ENTITY with paging", "legacy pages the duplicated rows and de-duplicates in memory"),
                Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.like(\"loyaltyPoints\", name)).list();",
                        "Restrictions.like(\"loyaltyPoints\", ..)", "like on a property that is not a String"),
                Arguments.of("return session.createCriteria(Customer.class).createAlias(\"orders\", \"o\")"
                                + ".add(Restrictions.eq(\"o.quantity\", 2)).list();",
                        "join through a collection returning entities", "Hibernate 6 removes the duplicate roots legacy returned"),
                Arguments.of("return session.createCriteria(\"Customer\").list();",
                        "createCriteria(entityName)", "entity named by a string"),
                Arguments.of("org.hibernate.criterion.Criterion named = null; if (name != null) { named = Restrictions.eq(\"name\", name); }"
                                + " Criteria c = session.createCriteria(Customer.class); c.add(named); return c.list();",
                        "Criterion `named`", "restriction built outside the query"),
                Arguments.of("List<String> names = session.createCriteria(Customer.class).list(); return names;",
                        "rows declared as `List<String>`", "declared result type does not hold the query's rows (Customer)"),
                Arguments.of("return (List<PurchaseOrder>) session.createCriteria(Customer.class).list();",
                        "rows declared as `List<PurchaseOrder>`", "declared result type does not hold the query's rows (Customer)"),
                Arguments.of("Class<?> type = Customer.class; return session.createCriteria(type).list();",
                        "createCriteria(type)", "entity class known only at run time"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("leftInBothStyles")
    void leftWithItsReasonInCriteriaStyle(String body, String construct, String reason) {
        assertLeft(MigrationTester.criteria(root), body, construct, reason);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("leftInBothStyles")
    void leftWithItsReasonInHqlStyle(String body, String construct, String reason) {
        assertLeft(MigrationTester.hql(root), body, construct, reason);
    }

    static Stream<Arguments> leftInCriteriaStyle() {
        return Stream.of(Arguments.of("return session.createCriteria(Customer.class).add(Restrictions.eq(\"name\", null)).list();",
                "comparison with a null literal", "legacy binds null and matches no row"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("leftInCriteriaStyle")
    void leftOnlyInCriteriaStyle(String body, String construct, String reason) {
        assertLeft(MigrationTester.criteria(root), body, construct, reason);
    }

    static Stream<Arguments> leftInHqlStyle() {
        return Stream.of(
                Arguments.of("Criteria c = session.createCriteria(Customer.class); if (name != null) { c.add(Restrictions.eq(\"name\", name)); } return c.list();",
                        "criteria changed inside a condition or loop",
                        "--style hql writes one fixed query string; use --style criteria"),
                Arguments.of("Criteria c = session.createCriteria(Customer.class); c.add(Restrictions.eq(\"name\", name)); name = null; return c.list();",
                        "value `name`", "value may change between add() and the query run"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("leftInHqlStyle")
    void leftOnlyInHqlStyle(String body, String construct, String reason) {
        assertLeft(MigrationTester.hql(root), body, construct, reason);
    }

    private static void assertLeft(MigrationTester tester, String body, String construct, String reason) {
        String dao = HEADER + "        " + body + "\n    }\n}\n";
        MigrationReport report = tester.rewriteRun(dao);
        QueryOutcome outcome = report.queries().stream()
                .filter(q -> q.status() == QueryOutcome.Status.LEFT).findFirst().orElseThrow();
        assertThat(outcome).isEqualTo(new QueryOutcome(MigrationTester.DAO_PATH, FIRST_LINE, QueryOutcome.Status.LEFT,
                construct, reason));
        assertThat(report.migrated()).isZero();
        assertThat(report.leftByReason()).containsKey(reason);
    }
}
