package dev.ormlint.rewriter.criteria;

import dev.ormlint.rewriter.QueryOutcome;
import dev.ormlint.rewriter.MigrationReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line endings, indentation, imports and sessions around the migrated statements. */
class LayoutAndImportsTest {

    @TempDir
    Path root;

    @Test
    void crlfLineEndingsAndTabIndentationAreKept() {
        String before = """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                \tprivate Session session;

                \tpublic List<Customer> named(String name) {
                \t\treturn session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                \t}
                }
                """;
        String after = """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                \tprivate Session session;

                \tpublic List<Customer> named(String name) {
                \t\tCriteriaBuilder cb = session.getCriteriaBuilder();
                \t\tCriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                \t\tRoot<Customer> root = cq.from(Customer.class);
                \t\tcq.select(root).where(cb.equal(root.get("name"), name));
                \t\treturn session.createQuery(cq).list();
                \t}
                }
                """;
        MigrationTester.criteria(root).rewriteRun(before.replace("\n", "\r\n"), after.replace("\n", "\r\n"));
    }

    @Test
    void legacyImportsStayForQueriesLeftAndClashingNamesAreQualified() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private Session session;

                    public List<Customer> sorted(boolean descending) {
                        Criteria criteria = session.createCriteria(Customer.class);
                        criteria.addOrder(descending ? Order.desc("name") : Order.asc("name"));
                        return criteria.list();
                    }

                    public List<Customer> byName() {
                        Criteria criteria = session.createCriteria(Customer.class);
                        if (Boolean.getBoolean("sorted")) {
                            criteria.addOrder(Order.asc("name"));
                        }
                        return criteria.list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Criteria;
                import org.hibernate.Session;
                import org.hibernate.criterion.Order;
                import org.hibernate.criterion.Restrictions;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;
                import java.util.ArrayList;

                public class Dao {
                    private Session session;

                    public List<Customer> sorted(boolean descending) {
                        Criteria criteria = session.createCriteria(Customer.class);
                        criteria.addOrder(descending ? Order.desc("name") : Order.asc("name"));
                        return criteria.list();
                    }

                    public List<Customer> byName() {
                        CriteriaBuilder cb = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
                        if (Boolean.getBoolean("sorted")) {
                            orders.add(cb.asc(root.get("name")));
                        }
                        cq.select(root).orderBy(orders);
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void staticImportsOfLegacyFactoriesAreRemovedOnceUnused() {
        MigrationTester.hql(root).rewriteRun("""
                package com.example.dao;

                import static org.hibernate.criterion.Restrictions.eq;
                import static org.hibernate.criterion.Restrictions.isNotNull;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    public List<Customer> named(String name) {
                        return session.createCriteria(Customer.class).add(eq("name", name)).add(isNotNull("email")).list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    public List<Customer> named(String name) {
                        return session.createQuery("select c from Customer c where c.name = :name and c.email is not null", Customer.class)
                                .setParameter("name", name)
                                .list();
                    }
                }
                """);
    }

    @Test
    void projectSessionWrapperWithTheNewMethodsIsUsedAsIs() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/DbSession.java", """
                package com.example.dao;

                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import org.hibernate.Criteria;
                import org.hibernate.query.Query;

                public interface DbSession {
                    Criteria createCriteria(Class<?> type);

                    CriteriaBuilder getCriteriaBuilder();

                    <T> Query<T> createQuery(CriteriaQuery<T> query);
                }
                """);
        tester.rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.criterion.Restrictions;

                public class Dao {
                    private DbSession db;

                    public List<Customer> active() {
                        return db.createCriteria(Customer.class).add(Restrictions.eq("active", true)).list();
                    }
                }
                """, """
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import jakarta.persistence.criteria.CriteriaBuilder;
                import jakarta.persistence.criteria.CriteriaQuery;
                import jakarta.persistence.criteria.Root;

                public class Dao {
                    private DbSession db;

                    public List<Customer> active() {
                        CriteriaBuilder cb = db.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                        Root<Customer> root = cq.from(Customer.class);
                        cq.select(root).where(cb.equal(root.get("active"), true));
                        return db.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void projectSessionWrapperWithoutTheNewMethodsIsLeft() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/DbSession.java", """
                package com.example.dao;

                import org.hibernate.Criteria;

                public interface DbSession {
                    Criteria createCriteria(Class<?> type);
                }
                """);
        MigrationReport report = tester.rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;

                public class Dao {
                    private DbSession db;

                    public List<Customer> all() {
                        return db.createCriteria(Customer.class).list();
                    }
                }
                """);

        assertThat(report.queries()).singleElement().isEqualTo(new QueryOutcome(MigrationTester.DAO_PATH, 10,
                QueryOutcome.Status.LEFT, "session wrapper DbSession", "session wrapper without getCriteriaBuilder(..)"));
    }

    @Test
    void generatedNamesAvoidNamesTheMethodAlreadyUses() {
        MigrationTester.criteria(root).rewriteRun("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    public List<Customer> all(String root, int cb) {
                        return session.createCriteria(Customer.class).list();
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

                    public List<Customer> all(String root, int cb) {
                        CriteriaBuilder cb2 = session.getCriteriaBuilder();
                        CriteriaQuery<Customer> cq = cb2.createQuery(Customer.class);
                        Root<Customer> root2 = cq.from(Customer.class);
                        cq.select(root2);
                        return session.createQuery(cq).list();
                    }
                }
                """);
    }

    @Test
    void unparseableFilesBecomeNoticesAndTheOthersAreStillMigrated() {
        MigrationTester tester = MigrationTester.criteria(root);
        tester.write("src/main/java/com/example/dao/Broken.java", "class Broken {");

        MigrationReport report = tester.run("""
                package com.example.dao;

                import com.example.domain.Customer;
                import java.util.List;
                import org.hibernate.Session;

                public class Dao {
                    private Session session;

                    public List<Customer> all() {
                        return session.createCriteria(Customer.class).list();
                    }
                }
                """);

        assertThat(report.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.path()).isEqualTo("src/main/java/com/example/dao/Broken.java");
            assertThat(notice.kind()).isEqualTo(Notice.Kind.PARSE_ERROR);
        });
        assertThat(report.migrated()).isEqualTo(1);
    }
}
