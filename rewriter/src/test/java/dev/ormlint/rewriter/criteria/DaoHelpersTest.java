package dev.ormlint.rewriter.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormlint.rewriter.MigrationReport;
import dev.ormlint.rewriter.QueryOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries created and finished through a DAO base class's helpers, read from its source: the
 * caller's whole query is migrated, the helpers' finishing included.
 */
class DaoHelpersTest {

    private static final String BASE_DAO = """
            package com.example.dao;

            import java.util.List;
            import org.apache.commons.collections.CollectionUtils;
            import org.hibernate.Criteria;
            import org.hibernate.Session;
            import org.hibernate.criterion.Projections;

            public abstract class BaseDao<T> {
                private Session current;

                protected Session sessionOf(String tenant) {
                    return current;
                }

                public Criteria createCriteria(String tenant, Class<T> type) {
                    return sessionOf(tenant).createCriteria(type);
                }

                public Criteria createCriteria(String tenant, Class<T> type, String alias) {
                    return sessionOf(tenant).createCriteria(type, alias);
                }

                public List<T> list(Criteria criteria) {
                    @SuppressWarnings("unchecked")
                    List<T> result = (List<T>) criteria.list();
                    return result;
                }

                @SuppressWarnings("unchecked")
                public T uniqueResult(Criteria criteria) {
                    return (T) criteria.uniqueResult();
                }

                public T singleResult(Criteria criteria) {
                    criteria.setMaxResults(1);
                    List<T> list = list(criteria);
                    if (CollectionUtils.isNotEmpty(list)) {
                        return list.get(0);
                    } else {
                        return null;
                    }
                }

                public int count(Criteria criteria) {
                    return ((Long) criteria.setProjection(Projections.rowCount()).uniqueResult()).intValue();
                }

                public String describe(Criteria criteria) {
                    return criteria.toString();
                }
            }
            """;

    @TempDir
    Path root;

    private MigrationTester tester() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/BaseDao.java", BASE_DAO);
        return tester;
    }

    @Test
    void callersOfTheBaseClassHelpersAreMigratedWithTheirFinishing() {
        MigrationReport report = tester().rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao extends BaseDao<Customer> {

                    public List<Customer> active(String tenant) {
                        Criteria criteria = createCriteria(tenant, Customer.class);
                        criteria.add(Restrictions.eq("active", true));
                        criteria.setCacheable(true);
                        return list(criteria);
                    }

                    public Customer byName(String tenant, String name) {
                        Criteria criteria = createCriteria(tenant, Customer.class, "c");
                        criteria.add(Restrictions.eq("c.name", name));
                        return uniqueResult(criteria);
                    }

                    public Customer firstByName(String tenant) {
                        Criteria criteria = createCriteria(tenant, Customer.class);
                        criteria.addOrder(Order.asc("name"));
                        return singleResult(criteria);
                    }

                    public int countActive(String tenant) {
                        return count(createCriteria(tenant, Customer.class).add(Restrictions.eq("active", true)));
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Order;
                import jakarta.persistence.criteria.Predicate;
                import jakarta.persistence.criteria.Root;
                import java.util.ArrayList;
                import org.hibernate.Session;

                public class Dao extends BaseDao<Customer> {

                    public List<Customer> active(String tenant) {
                        Session session = sessionOf(tenant);
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Predicate> predicates = new ArrayList<>();
                        predicates.add(cb.equal(root.get("active"), true));
                        cq.select(root).where(predicates.toArray(new Predicate[0]));
                        return session.createQuery(cq).setCacheable(true).list();
                    }

                    public Customer byName(String tenant, String name) {
                        Session session = sessionOf(tenant);
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Predicate> predicates = new ArrayList<>();
                        predicates.add(cb.equal(root.get("name"), name));
                        cq.select(root).where(predicates.toArray(new Predicate[0]));
                        return session.createQuery(cq).uniqueResult();
                    }

                    public Customer firstByName(String tenant) {
                        Session session = sessionOf(tenant);
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<Order> orders = new ArrayList<>();
                        orders.add(cb.asc(root.get("name")));
                        cq.select(root).orderBy(orders);
                        return session.createQuery(cq).setMaxResults(1).uniqueResult();
                    }

                    public int countActive(String tenant) {
                        Session session = sessionOf(tenant);
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
                        Root<Customer> root = cq.from(Customer.class);
                        cq.select(cb.count(root)).where(cb.equal(root.get("active"), true));
                        return session.createQuery(cq).uniqueResult().intValue();
                    }
                }
                """);
        assertThat(report.queries()).filteredOn(q -> q.path().endsWith("Dao.java") && !q.path().endsWith("BaseDao.java"))
                .extracting(QueryOutcome::status).containsOnly(QueryOutcome.Status.MIGRATED).hasSize(4);
        assertThat(report.queries()).filteredOn(q -> q.path().endsWith("BaseDao.java"))
                .extracting(QueryOutcome::construct, QueryOutcome::reason)
                .containsExactly(
                        tuple("helper createCriteria(..)", "helper creating a Criteria for its callers (each caller is a query of its own)"),
                        tuple("helper createCriteria(..)", "helper creating a Criteria for its callers (each caller is a query of its own)"),
                        tuple("helper list(..)", "helper finishing a Criteria for its callers (each caller is a query of its own)"),
                        tuple("helper uniqueResult(..)", "helper finishing a Criteria for its callers (each caller is a query of its own)"),
                        tuple("helper singleResult(..)", "helper finishing a Criteria for its callers (each caller is a query of its own)"),
                        tuple("helper count(..)", "helper finishing a Criteria for its callers (each caller is a query of its own)"));
    }

    @Test
    void aCriteriaGivenToAnyOtherMethodIsLeft() {
        MigrationReport report = tester().rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import org.hibernate.Criteria;
                import org.hibernate.criterion.Projections;
                import org.hibernate.criterion.Restrictions;

                public class Dao extends BaseDao<Customer> {

                    public String described(String tenant) {
                        Criteria criteria = createCriteria(tenant, Customer.class);
                        criteria.add(Restrictions.eq("active", true));
                        return describe(criteria);
                    }

                    public int countNames(String tenant) {
                        Criteria criteria = createCriteria(tenant, Customer.class);
                        criteria.setProjection(Projections.property("name"));
                        return count(criteria);
                    }
                }
                """);
        assertThat(report.queries()).filteredOn(q -> q.path().endsWith("/Dao.java"))
                .extracting(QueryOutcome::reason)
                .containsExactly("Criteria built in one method and finished in another",
                        "projection replaced by the helper's row count");
    }
}
