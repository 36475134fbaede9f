package dev.ormlint.rewriter;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaStyleTest {

    @TempDir
    Path root;

    @Test
    void fluentQueryBecomesCriteriaQuery() {
        //language=java
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
                        cq.select(root).where(cb.equal(root.get("active"), true), cb.greaterThan(root.<Integer>get("loyaltyPoints"), minimum)).orderBy(cb.asc(root.get("name")));
                        return session.createQuery(cq).setMaxResults(10).list();
                    }
                }
                """);
    }
}
