package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before/after pairs for {@code --style hql}; each also proves a second run changes nothing. */
class HqlStyleTest {

    @TempDir
    Path root;

    @Test
    void projectionsBecomeHqlSelectClauses() {
        MigrationTester.hql(root).rewriteRun("""
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

                import com.example.domain.Status;
                import java.math.BigDecimal;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    public Long paidCount() {
                        return (Long) session.createQuery("select count(*) from PurchaseOrder p where p.status = :status", Long.class)
                                .setParameter("status", Status.PAID)
                                .uniqueResult();
                    }

                    public BigDecimal largest() {
                        return (BigDecimal) session.createQuery("select max(p.total) from PurchaseOrder p", BigDecimal.class).uniqueResult();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Object[]> quantityPerStatus() {
                        return session.createQuery("select p.status, sum(p.quantity) from PurchaseOrder p group by p.status order by sum(p.quantity) desc", Object[].class).list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<String> customerNames() {
                        return session.createQuery("select distinct c.name from PurchaseOrder o join o.customer c", String.class).list();
                    }
                }
                """);
    }

    @Test
    void joinsAndFetchesBecomeHqlJoins() {
        MigrationTester.hql(root).rewriteRun("""
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

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> ofActiveCustomers() {
                        return session.createQuery("select p from PurchaseOrder p join p.customer customer where customer.active = :active", PurchaseOrder.class)
                                .setParameter("active", true)
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withOrdersOver(int quantity) {
                        return session.createQuery("select distinct c from Customer c left join c.orders o where o.quantity > :quantity", Customer.class)
                                .setParameter("quantity", quantity)
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> withCustomers() {
                        return session.createQuery("select p from PurchaseOrder p left join fetch p.customer", PurchaseOrder.class)
                                .setCacheable(true)
                                .setTimeout(5)
                                .list();
                    }
                }
                """);
    }

    @Test
    void likeModesAndIgnoreCaseBecomeLowerCasedParameters() {
        MigrationTester.hql(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.MatchMode;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> search(String name, String email) {
                        return session.createCriteria(Customer.class)
                                .add(Restrictions.ilike("name", name, MatchMode.ANYWHERE))
                                .add(Restrictions.like("address.city", "Ber", MatchMode.START))
                                .add(Restrictions.eq("email", email).ignoreCase())
                                .list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import java.util.Locale;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> search(String name, String email) {
                        return session.createQuery("select c from Customer c where lower(c.name) like :name and c.address.city like :city and lower(c.email) = :email", Customer.class)
                                .setParameter("name", ("%" + name + "%").toLowerCase(Locale.ROOT))
                                .setParameter("city", "Ber%")
                                .setParameter("email", email.toLowerCase(Locale.ROOT))
                                .list();
                    }
                }
                """);
    }

    @Test
    void averageOfADecimalIsLeftBecauseLegacyResultsDependOnTheDatabase() {
        MigrationReport report = MigrationTester.hql(root).rewriteRun("""
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
    void subqueriesBecomeHqlSubselects() {
        MigrationReport report = MigrationTester.hql(root).rewriteRun("""
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
                import com.example.domain.Status;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<Customer> withPaidOrders() {
                        return session.createQuery("select c from Customer c where c.id in (select p.customer.id from PurchaseOrder p where p.status = :status)", Customer.class)
                                .setParameter("status", Status.PAID)
                                .list();
                    }

                    @SuppressWarnings("unchecked")
                    public List<Customer> withoutOrders() {
                        return session.createQuery("select c from Customer c where not exists (select o.orderNumber from PurchaseOrder o where o.customer.id = c.id)", Customer.class).list();
                    }
                }
                """);

        assertThat(report.migrated()).as("each DetachedCriteria is migrated with its query").isEqualTo(4);
    }

    @Test
    void propertyForNameComparesWithAnHqlSubselect() {
        MigrationTester.hql(root).rewriteRun("""
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

                public class Dao {
                    private Session session;

                    @SuppressWarnings("unchecked")
                    public List<PurchaseOrder> paidAboveAverage() {
                        return session.createQuery("select p from PurchaseOrder p where p.quantity > (select avg(p2.quantity) from PurchaseOrder p2) and p.status = :status", PurchaseOrder.class)
                                .setParameter("status", Status.PAID)
                                .list();
                    }
                }
                """);
    }
}
