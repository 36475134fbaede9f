package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before/after pairs for {@code --style criteria}; each also proves a second run changes nothing. */
class CriteriaStyleTest {

    @TempDir
    Path root;

    @Test
    void fluentQueryBecomesCriteriaQuery() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    public List<Customer> active(int minimum) {
                        return session.createCriteria(Customer.class)
                                .add(Restrictions.eq("active", true))
                                .add(Restrictions.gt("loyaltyPoints", minimum))
                                .addOrder(Order.asc("name"))
                                .setMaxResults(10)
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                    private Session session;

                    public List<Customer> active(int minimum) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        cq.select(root)
                                .where(cb.equal(root.get("active"), true), cb.greaterThan(root.<Integer>get("loyaltyPoints"), minimum))
                                .orderBy(cb.asc(root.get("name")));
                        return session.createQuery(cq).setMaxResults(10).list();
                    }
                }
                """);
    }

    @Test
    void queryBuiltAcrossIfsCollectsPredicatesWhereTheyWere() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.MatchMode;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> search(String name, Boolean active, int page) {
                        Criteria criteria = session.createCriteria(Customer.class);
                        if (name != null) {
                            criteria.add(Restrictions.ilike("name", name, MatchMode.START));
                        }
                        if (active != null) {
                            criteria.add(Restrictions.eq("active", active));
                        }
                        criteria.addOrder(Order.asc("name"));
                        criteria.setFirstResult(page * 20);
                        criteria.setMaxResults(20);
                        return criteria.list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Order;
                import jakarta.persistence.criteria.Predicate;
                import jakarta.persistence.criteria.Root;
                import java.util.ArrayList;
                import java.util.Locale;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> search(String name, Boolean active, int page) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Predicate> predicates = new ArrayList<>();
                        List<Order> orders = new ArrayList<>();
                        if (name != null) {
                            predicates.add(cb.like(cb.lower(root.<String>get("name")), (name + "%").toLowerCase(Locale.ROOT)));
                        }
                        if (active != null) {
                            predicates.add(cb.equal(root.get("active"), active));
                        }
                        orders.add(cb.asc(root.get("name")));
                        cq.select(root).where(predicates.toArray(new Predicate[0])).orderBy(orders);
                        return session.createQuery(cq).setFirstResult(page * 20).setMaxResults(20).list();
                    }
                }
                """);
    }

    @Test
    void disjunctionAccumulatorStaysTrueWhenEmpty() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Disjunction;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> inCities(List<String> cities) {
                        Disjunction anyCity = Restrictions.disjunction();
                        for (String city : cities) {
                            anyCity.add(Restrictions.eq("address.city", city));
                        }
                        return session.createCriteria(Customer.class).add(anyCity).list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Predicate;
                import jakarta.persistence.criteria.Root;
                import java.util.ArrayList;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> inCities(List<String> cities) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Predicate> anyCity = new ArrayList<>();
                        for (String city : cities) {
                            anyCity.add(cb.equal(root.get("address").get("city"), city));
                        }
                        cq.select(root)
                                .where(anyCity.isEmpty() ? cb.conjunction() : cb.or(anyCity.toArray(new Predicate[0])));
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void projectionsSelectScalarsWithLegacyResultTypes() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.math.BigDecimal;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    public Long paidCount() {
                        return (Long) session.createCriteria(PurchaseOrder.class)
                                .add(Restrictions.eq("status", Status.PAID))
                                .setProjection(Projections.rowCount())
                                .uniqueResult();
                    }

                    public BigDecimal largest() {
                        return (BigDecimal) session.createCriteria(PurchaseOrder.class)
                                .setProjection(Projections.max("total"))
                                .uniqueResult();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Object[]> quantityPerStatus() {
                        return session.createCriteria(PurchaseOrder.class)
                                .setProjection(Projections.projectionList()
                                        .add(Projections.groupProperty("status"))
                                        .add(Projections.sum("quantity"), "quantity"))
                                .addOrder(Order.desc("quantity"))
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<String> customerNames() {
                        return session.createCriteria(PurchaseOrder.class, "o")
                                .createAlias("o.customer", "c")
                                .setProjection(Projections.distinct(Projections.property("c.name")))
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.math.BigDecimal;
                import java.util.List;
                import org.hibernate.Session;
                import com.example.domain.Customer;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Join;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                    private Session session;

                    public Long paidCount() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        cq.select(cb.count(root)).where(cb.equal(root.get("status"), Status.PAID));
                        return (Long) session.createQuery(cq).uniqueResult();
                    }

                    public BigDecimal largest() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<BigDecimal> cq = cb.createQuery(BigDecimal.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        cq.select(cb.max(root.<BigDecimal>get("total")));
                        return (BigDecimal) session.createQuery(cq).uniqueResult();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Object[]> quantityPerStatus() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        cq.multiselect(root.<Status>get("status"), cb.sumAsLong(root.<Integer>get("quantity")))
                                .groupBy(root.get("status"))
                                .orderBy(cb.desc(cb.sumAsLong(root.<Integer>get("quantity"))));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<String> customerNames() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<String> cq = cb.createQuery(String.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        Join<PurchaseOrder, Customer> cJoin = root.join("customer");
                        cq.select(cJoin.<String>get("name")).distinct(true);
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void aliasesNestedCriteriaAndFetchModesBecomeJoins() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.FetchMode;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;
                import org.hibernate.sql.JoinType;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> ofActiveCustomers() {
                        return session.createCriteria(PurchaseOrder.class)
                                .createCriteria("customer")
                                .add(Restrictions.eq("active", true))
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrdersOver(int quantity) {
                        return session.createCriteria(Customer.class)
                                .createAlias("orders", "o", JoinType.LEFT_OUTER_JOIN)
                                .add(Restrictions.gt("o.quantity", quantity))
                                .setResultTransformer(Criteria.DISTINCT_ROOT_ENTITY)
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> withCustomers() {
                        return session.createCriteria(PurchaseOrder.class)
                                .setFetchMode("customer", FetchMode.JOIN)
                                .setCacheable(true)
                                .setTimeout(5)
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Join;
                import jakarta.persistence.criteria.JoinType;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> ofActiveCustomers() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<PurchaseOrder> cq = cb.createQuery(PurchaseOrder.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        Join<PurchaseOrder, Customer> customerJoin = root.join("customer");
                        cq.select(root).where(cb.equal(customerJoin.get("active"), true));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrdersOver(int quantity) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        Join<Customer, PurchaseOrder> oJoin = root.join("orders", JoinType.LEFT);
                        cq.select(root).distinct(true).where(cb.greaterThan(oJoin.<Integer>get("quantity"), quantity));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> withCustomers() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<PurchaseOrder> cq = cb.createQuery(PurchaseOrder.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        root.fetch("customer", JoinType.LEFT);
                        cq.select(root);
                        return session.createQuery(cq).setCacheable(true).setTimeout(5).list();
                    }
                }
                """);
    }

    @Test
    void ignoreCaseComparisonLowerCasesBothSidesAndLambdasElsewhereDoNotMatter() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    public Customer byEmail(String email) {
                        return (Customer) session.createCriteria(Customer.class)
                                .add(Restrictions.eq("email", email).ignoreCase())
                                .uniqueResult();
                    }

                    public List<String> names(List<Customer> customers) {
                        return customers.stream().map(c -> c.toString()).toList();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;
                import java.util.Locale;

                public class Dao {
                    private Session session;

                    public Customer byEmail(String email) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        cq.select(root)
                                .where(cb.equal(cb.lower(root.<String>get("email")), email.toLowerCase(Locale.ROOT)));
                        return (Customer) session.createQuery(cq).uniqueResult();
                    }

                    public List<String> names(List<Customer> customers) {
                        return customers.stream().map(c -> c.toString()).toList();
                    }
                }
                """);
    }

    @Test
    void averageOfADecimalIsLeftBecauseLegacyResultsDependOnTheDatabase() {
        MigrationReport report = MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import org.hibernate.Session;
                import org.hibernate.criterion.Projections;

                public class Dao {
                    private Session session;

                    public Double averageTotal() {
                        return (Double) session.createCriteria(PurchaseOrder.class).setProjection(Projections.avg("total")).uniqueResult();
                    }
                }
                """);

        assertThat(report.queries()).singleElement().satisfies(q -> {
            assertThat(q.status()).isEqualTo(QueryOutcome.Status.LEFT);
            assertThat(q.construct()).isEqualTo("Projections.avg(\"total\")");
            assertThat(q.reason()).contains("depends on the database dialect");
        });
    }

    @Test
    void subqueriesBecomeCorrelatedSubqueriesBuiltWhereTheDetachedCriteriaWas() {
        MigrationReport report = MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.DetachedCriteria;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Restrictions;
                import org.hibernate.criterion.Subqueries;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> withPaidOrders() {
                        DetachedCriteria paidBuyers = DetachedCriteria.forClass(PurchaseOrder.class)
                                .add(Restrictions.eq("status", Status.PAID))
                                .setProjection(Projections.property("customer.id"));
                        return session.createCriteria(Customer.class)
                                .add(Subqueries.propertyIn("id", paidBuyers))
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withoutOrders() {
                        DetachedCriteria anyOrder = DetachedCriteria.forClass(PurchaseOrder.class, "o")
                                .add(Restrictions.eqProperty("o.customer.id", "c.id"))
                                .setProjection(Projections.id());
                        return session.createCriteria(Customer.class, "c")
                                .add(Subqueries.notExists(anyOrder))
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;
                import jakarta.persistence.criteria.Subquery;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> withPaidOrders() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        Subquery<Long> paidBuyers = cq.subquery(Long.class);
                        Root<PurchaseOrder> paidBuyersRoot = paidBuyers.from(PurchaseOrder.class);
                        paidBuyers.select(paidBuyersRoot.get("customer").<Long>get("id")).where(cb.equal(paidBuyersRoot.get("status"), Status.PAID));
                        cq.select(root).where(root.get("id").in(paidBuyers));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withoutOrders() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        Subquery<Long> anyOrder = cq.subquery(Long.class);
                        Root<PurchaseOrder> anyOrderRoot = anyOrder.from(PurchaseOrder.class);
                        anyOrder.select(anyOrderRoot.<Long>get("orderNumber")).where(cb.equal(anyOrderRoot.get("customer").get("id"), root.get("id")));
                        cq.select(root).where(cb.not(cb.exists(anyOrder)));
                        return session.createQuery(cq).list();
                    }
                }
                """);

        assertThat(report.migrated()).as("each DetachedCriteria is migrated with its query").isEqualTo(4);
    }

    /**
     * A DetachedCriteria built by the statements right after its declaration (openmrs's
     * {@code subquery.setProjection(..); subquery.add(..);}) is the same subquery, built where it is
     * declared; one added to under an {@code if} is not one query shape, and is left.
     */
    @Test
    void aSubqueryBuiltByTheStatementsAfterItsDeclarationIsBuiltWhereItIsDeclared() {
        MigrationReport report = MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.DetachedCriteria;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Property;
                import org.hibernate.criterion.Restrictions;
                import org.hibernate.criterion.Subqueries;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrdersIn(Status status) {
                        Criteria crit = session.createCriteria(Customer.class, "c");
                        DetachedCriteria buyers = DetachedCriteria.forClass(PurchaseOrder.class, "o");
                        buyers.setProjection(Projections.property("o.customer.id"));
                        buyers.add(Restrictions.eq("o.status", status)).add(Restrictions.gt("o.quantity", 1));
                        buyers.add(Property.forName("o.customer.id").eqProperty("c.id"));
                        crit.add(Subqueries.propertyIn("c.id", buyers));
                        return crit.list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrders(Status status) {
                        Criteria crit = session.createCriteria(Customer.class, "c");
                        DetachedCriteria buyers = DetachedCriteria.forClass(PurchaseOrder.class, "o");
                        buyers.setProjection(Projections.property("o.customer.id"));
                        if (status != null) {
                            buyers.add(Restrictions.eq("o.status", status));
                        }
                        crit.add(Subqueries.propertyIn("c.id", buyers));
                        return crit.list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.DetachedCriteria;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Restrictions;
                import org.hibernate.criterion.Subqueries;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Predicate;
                import jakarta.persistence.criteria.Root;
                import jakarta.persistence.criteria.Subquery;
                import java.util.ArrayList;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrdersIn(Status status) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Predicate> predicates = new ArrayList<>();
                        Subquery<Long> buyers = cq.subquery(Long.class);
                        Root<PurchaseOrder> buyersRoot = buyers.from(PurchaseOrder.class);
                        buyers.select(buyersRoot.get("customer").<Long>get("id")).where(cb.equal(buyersRoot.get("status"), status), cb.greaterThan(buyersRoot.<Integer>get("quantity"), 1), cb.equal(buyersRoot.get("customer").get("id"), root.get("id")));
                        predicates.add(root.get("id").in(buyers));
                        cq.select(root).where(predicates.toArray(new Predicate[0]));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrders(Status status) {
                        Criteria crit = session.createCriteria(Customer.class, "c");
                        DetachedCriteria buyers = DetachedCriteria.forClass(PurchaseOrder.class, "o");
                        buyers.setProjection(Projections.property("o.customer.id"));
                        if (status != null) {
                            buyers.add(Restrictions.eq("o.status", status));
                        }
                        crit.add(Subqueries.propertyIn("c.id", buyers));
                        return crit.list();
                    }
                }
                """);

        assertThat(report.queries()).filteredOn(q -> q.status() == QueryOutcome.Status.LEFT)
                .extracting(QueryOutcome::construct, QueryOutcome::reason)
                .contains(tuple("DetachedCriteria `buyers`", "subquery built outside one declaration"));
    }

    @Test
    void propertyForNameComparesWithASubqueryTypedAsItsValue() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.DetachedCriteria;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Property;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> paidAboveAverage() {
                        DetachedCriteria averageTotal = DetachedCriteria.forClass(PurchaseOrder.class)
                                .setProjection(Projections.avg("quantity"));
                        return session.createCriteria(PurchaseOrder.class)
                                .add(Property.forName("quantity").gt(averageTotal))
                                .add(Property.forName("status").eq(Status.PAID))
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;
                import jakarta.persistence.criteria.Subquery;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> paidAboveAverage() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<PurchaseOrder> cq = cb.createQuery(PurchaseOrder.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        Subquery<Double> averageTotal = cq.subquery(Double.class);
                        Root<PurchaseOrder> averageTotalRoot = averageTotal.from(PurchaseOrder.class);
                        averageTotal.select(cb.avg(averageTotalRoot.<Integer>get("quantity")));
                        cq.select(root)
                                .where(cb.greaterThan(root.<Double>get("quantity"), averageTotal), cb.equal(root.get("status"), Status.PAID));
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void restrictionsAddedToASubCriteriaVariableBelongToItsJoin() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> ofCustomer(Long customerId) {
                        Criteria c = session.createCriteria(PurchaseOrder.class).createCriteria("customer");
                        c.add(Restrictions.idEq(customerId));
                        c.addOrder(Order.asc("name"));
                        return (List<PurchaseOrder>) c.list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.PurchaseOrder;
                import java.util.List;
                import org.hibernate.Session;
                import com.example.domain.Customer;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Join;
                import jakarta.persistence.criteria.Order;
                import jakarta.persistence.criteria.Predicate;
                import jakarta.persistence.criteria.Root;
                import java.util.ArrayList;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> ofCustomer(Long customerId) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<PurchaseOrder> cq = cb.createQuery(PurchaseOrder.class);
                        Root<PurchaseOrder> root = cq.from(PurchaseOrder.class);
                        Join<PurchaseOrder, Customer> customerJoin = root.join("customer");
                        List<Predicate> predicates = new ArrayList<>();
                        List<Order> orders = new ArrayList<>();
                        predicates.add(cb.equal(customerJoin.get("id"), customerId));
                        orders.add(cb.asc(customerJoin.get("name")));
                        cq.select(root).where(predicates.toArray(new Predicate[0])).orderBy(orders);
                        return (List<PurchaseOrder>) session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void rowsGoWhereTheCallerDeclaresASupertypeOfThem() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Authorization;
                import com.example.domain.UserAuthorization;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Authorization> ofLogin(String login) {
                        return session.createCriteria(UserAuthorization.class).add(Restrictions.eq("login", login)).list();
                    }

                    public Authorization one(String login) {
                        return (Authorization) session.createCriteria(UserAuthorization.class)
                                .add(Restrictions.eq("login", login)).uniqueResult();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Authorization;
                import com.example.domain.UserAuthorization;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Authorization> ofLogin(String login) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Authorization> cq = cb.createQuery(Authorization.class);
                        Root<UserAuthorization> root = cq.from(UserAuthorization.class);
                        cq.select(root).where(cb.equal(root.get("login"), login));
                        return session.createQuery(cq).list();
                    }

                    public Authorization one(String login) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<UserAuthorization> cq = cb.createQuery(UserAuthorization.class);
                        Root<UserAuthorization> root = cq.from(UserAuthorization.class);
                        cq.select(root).where(cb.equal(root.get("login"), login));
                        return (Authorization) session.createQuery(cq).uniqueResult();
                    }
                }
                """);
    }

    @Test
    void entityClassOfAGenericDaoIsTheSubclassTypeArgument() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/GenericDao.java", """
                package com.example.dao;

                import org.hibernate.Session;

                public abstract class GenericDao<E> {
                    protected Session session;
                    private Class<E> entityClass;

                    protected Class<E> getEntityClass() {
                        return entityClass;
                    }
                }
                """);
        tester.rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.criterion.Restrictions;

                public class Dao extends GenericDao<Customer> {

                    @SuppressWarnings("unchecked")
                    public List<Customer> active() {
                        return session.createCriteria(getEntityClass()).add(Restrictions.gt("loyaltyPoints", 3)).list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao extends GenericDao<Customer> {

                    @SuppressWarnings("unchecked")
                    public List<Customer> active() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(getEntityClass());
                        Root<Customer> root = cq.from(getEntityClass());
                        cq.select(root).where(cb.greaterThan(root.<Integer>get("loyaltyPoints"), 3));
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    /**
     * A generic DAO over {@code T extends Authorization} holding its {@code Class<T>}: the rows are of
     * some subclass of the bound, so the bound's properties are theirs, and the query is over {@code T},
     * as {@code cb.createQuery(type)} is. A method's own unbounded {@code <E>} says nothing of its rows.
     */
    @Test
    void entityClassOfATypeVariableHasThePropertiesOfItsBound() {
        MigrationTester tester = MigrationTester.criteria(root);
        MigrationReport report = tester.rewriteRun("""
                package com.example.dao;

                import com.example.domain.Authorization;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao<T extends Authorization> {
                    private Session session;
                    private Class<T> type;

                    @SuppressWarnings("unchecked")
                    public List<T> atLevel(String level) {
                        return session.createCriteria(type).add(Restrictions.eq("level", level)).addOrder(Order.asc("id")).list();
                    }

                    @SuppressWarnings("unchecked")
                    public T byId(Long id) {
                        return (T) session.createCriteria(type).add(Restrictions.idEq(id)).uniqueResult();
                    }

                    @SuppressWarnings("unchecked")
                    public <E> E byLevel(Class<E> kind, String level) {
                        return (E) session.createCriteria(kind).add(Restrictions.eq("level", level)).uniqueResult();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Authorization;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao<T extends Authorization> {
                    private Session session;
                    private Class<T> type;

                    @SuppressWarnings("unchecked")
                    public List<T> atLevel(String level) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<T> cq = cb.createQuery(type);
                        Root<T> root = cq.from(type);
                        cq.select(root).where(cb.equal(root.get("level"), level)).orderBy(cb.asc(root.get("id")));
                        return session.createQuery(cq).list();
                    }

                    @SuppressWarnings("unchecked")
                    public T byId(Long id) {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<T> cq = cb.createQuery(type);
                        Root<T> root = cq.from(type);
                        cq.select(root).where(cb.equal(root.get("id"), id));
                        return (T) session.createQuery(cq).uniqueResult();
                    }

                    @SuppressWarnings("unchecked")
                    public <E> E byLevel(Class<E> kind, String level) {
                        return (E) session.createCriteria(kind).add(Restrictions.eq("level", level)).uniqueResult();
                    }
                }
                """);
        assertThat(report.queries()).filteredOn(q -> q.status() == QueryOutcome.Status.LEFT)
                .extracting(QueryOutcome::construct, QueryOutcome::reason)
                .containsExactly(tuple("createCriteria(kind)", "entity class known only at run time"));
    }
}
