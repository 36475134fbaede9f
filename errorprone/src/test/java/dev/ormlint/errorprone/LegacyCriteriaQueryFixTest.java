package dev.ormlint.errorprone;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The fix of {@code LegacyCriteriaQuery}: the migration engine's rewrite, with property types read
 * from javac's symbols, whether the entity is compiled with the DAO or read from the class path.
 * The fixed code is Hibernate 6 code ({@code jakarta.persistence.criteria}), which does not compile
 * against the Hibernate 5 these tests compile the legacy code with, hence {@code allowBreakingChanges};
 * that it compiles and runs on Hibernate 6 is what the criteria harness's Error Prone test proves.
 */
class LegacyCriteriaQueryFixTest {

    /** Two queries on an entity compiled with the tests, so read from the class path. */
    private static final String CUSTOMER_DAO = """
            package com.acme;

            import dev.ormlint.errorprone.testdomain.Customer;
            import java.util.List;
            import org.hibernate.Session;
            import org.hibernate.criterion.Order;
            import org.hibernate.criterion.Restrictions;

            class CustomerDao {
                private Session session;

                @SuppressWarnings("unchecked")
                List<Customer> loyal(int points) {
                    return session.createCriteria(Customer.class)
                            .add(Restrictions.ge("loyaltyPoints", points))
                            .addOrder(Order.asc("name"))
                            .list();
                }

                Object byKey(long key) {
                    return session.createCriteria(Customer.class).add(Restrictions.idEq(key)).uniqueResult();
                }
            }
            """;

    /**
     * Two fixes in one file, both carrying the file's import changes: applied together they give one
     * set of imports, ordered by Error Prone. {@code int} is boxed, the identifier is the {@code @Id}
     * of a generic superclass.
     */
    @Test
    void migratesQueriesOnEntitiesReadFromTheClassPath() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addInputLines("com/acme/CustomerDao.java", CUSTOMER_DAO)
                .addOutputLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import jakarta.persistence.criteria.CriteriaBuilder;
                        import jakarta.persistence.criteria.CriteriaQuery;
                        import jakarta.persistence.criteria.Root;
                        import java.util.List;
                        import org.hibernate.Session;

                        class CustomerDao {
                            private Session session;

                            @SuppressWarnings("unchecked")
                            List<Customer> loyal(int points) {
                                CriteriaBuilder cb = session.getCriteriaBuilder();
                                CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                                Root<Customer> root = cq.from(Customer.class);
                                cq.select(root)
                                        .where(cb.greaterThanOrEqualTo(root.<Integer>get("loyaltyPoints"), points))
                                        .orderBy(cb.asc(root.get("name")));
                                return session.createQuery(cq).list();
                            }

                            Object byKey(long key) {
                                CriteriaBuilder cb = session.getCriteriaBuilder();
                                CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
                                Root<Customer> root = cq.from(Customer.class);
                                cq.select(root).where(cb.equal(root.get("key"), key));
                                return session.createQuery(cq).uniqueResult();
                            }
                        }
                        """)
                .allowBreakingChanges()
                .doTest(TestMode.TEXT_MATCH);
    }

    @Test
    void migratesAQueryOnAnEntityOfTheSamePackageCompiledAlongside() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addInputLines("com/acme/Invoice.java", """
                        package com.acme;

                        import javax.persistence.Entity;
                        import javax.persistence.Id;

                        @Entity
                        public class Invoice {
                            @Id
                            private Long id;
                            private boolean paid;
                            private static String TABLE = "invoice";
                        }
                        """)
                .expectUnchanged()
                .addInputLines("com/acme/InvoiceDao.java", """
                        package com.acme;

                        import org.hibernate.Session;
                        import org.hibernate.criterion.Restrictions;

                        class InvoiceDao {
                            Object unpaid(Session session) {
                                return session.createCriteria(Invoice.class).add(Restrictions.eq("paid", false)).list();
                            }
                        }
                        """)
                .addOutputLines("com/acme/InvoiceDao.java", """
                        package com.acme;

                        import javax.persistence.criteria.CriteriaBuilder;
                        import javax.persistence.criteria.CriteriaQuery;
                        import javax.persistence.criteria.Root;
                        import org.hibernate.Session;

                        class InvoiceDao {
                            Object unpaid(Session session) {
                                CriteriaBuilder cb = session.getCriteriaBuilder();
                                CriteriaQuery<Invoice> cq = cb.createQuery(Invoice.class);
                                Root<Invoice> root = cq.from(Invoice.class);
                                cq.select(root).where(cb.equal(root.get("paid"), false));
                                return session.createQuery(cq).list();
                            }
                        }
                        """)
                .allowBreakingChanges()
                .doTest(TestMode.TEXT_MATCH);
    }

    /** {@code -XepOpt:LegacyCriteriaQuery:Namespace} overrides the namespace the compilation's sources use. */
    @Test
    void theNamespaceFlagChoosesJakartaForAModuleOnJavax() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .setArgs("-XepOpt:LegacyCriteriaQuery:Namespace=jakarta")
                .addInputLines("com/acme/Invoice.java", """
                        package com.acme;

                        import javax.persistence.Entity;
                        import javax.persistence.Id;

                        @Entity
                        public class Invoice {
                            @Id
                            private Long id;
                            private boolean paid;
                            private static String TABLE = "invoice";
                        }
                        """)
                .expectUnchanged()
                .addInputLines("com/acme/InvoiceDao.java", """
                        package com.acme;

                        import org.hibernate.Session;
                        import org.hibernate.criterion.Restrictions;

                        class InvoiceDao {
                            Object unpaid(Session session) {
                                return session.createCriteria(Invoice.class).add(Restrictions.eq("paid", false)).list();
                            }
                        }
                        """)
                .addOutputLines("com/acme/InvoiceDao.java", """
                        package com.acme;

                        import jakarta.persistence.criteria.CriteriaBuilder;
                        import jakarta.persistence.criteria.CriteriaQuery;
                        import jakarta.persistence.criteria.Root;
                        import org.hibernate.Session;

                        class InvoiceDao {
                            Object unpaid(Session session) {
                                CriteriaBuilder cb = session.getCriteriaBuilder();
                                CriteriaQuery<Invoice> cq = cb.createQuery(Invoice.class);
                                Root<Invoice> root = cq.from(Invoice.class);
                                cq.select(root).where(cb.equal(root.get("paid"), false));
                                return session.createQuery(cq).list();
                            }
                        }
                        """)
                .allowBreakingChanges()
                .doTest(TestMode.TEXT_MATCH);
    }

    /**
     * {@code -XepOpt:LegacyCriteriaQuery:Style=hql} writes the fix as {@code ormlint migrate --style hql}
     * does; the entity's HQL name comes from its {@code @Entity(name = "Client")}, read from the class file.
     */
    @Test
    void theStyleFlagWritesTheFixAsHql() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .setArgs("-XepOpt:LegacyCriteriaQuery:Style=hql")
                .addInputLines("com/acme/CustomerDao.java", CUSTOMER_DAO)
                .addOutputLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import java.util.List;
                        import org.hibernate.Session;

                        class CustomerDao {
                            private Session session;

                            @SuppressWarnings("unchecked")
                            List<Customer> loyal(int points) {
                                return session.createQuery("select c from Client c where c.loyaltyPoints >= :loyaltyPoints order by c.name asc", Customer.class)
                                        .setParameter("loyaltyPoints", points)
                                        .list();
                            }

                            Object byKey(long key) {
                                return session.createQuery("select c from Client c where c.key = :key", Customer.class).setParameter("key", key).uniqueResult();
                            }
                        }
                        """)
                .allowBreakingChanges()
                .doTest(TestMode.TEXT_MATCH);
    }

    @Test
    void anUnknownStyleIsRefusedWithTheFlagsName() {
        CompilationTestHelper helper = CompilationTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .setArgs("-XepOpt:LegacyCriteriaQuery:Style=sql")
                .addSourceLines("com/acme/Empty.java", "package com.acme;", "class Empty {}");

        assertThatThrownBy(helper::doTest)
                .hasStackTraceContaining("-XepOpt:LegacyCriteriaQuery:Style=sql is not a migration style; use criteria or hql");
    }

    /** The imports change through Error Prone's import handling, so javac shows the query's first new line. */
    @Test
    void theDiagnosticShowsTheFirstLineOfTheRewrittenQuery() {
        CompilationTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addSourceLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import org.hibernate.Session;
                        import org.hibernate.criterion.Restrictions;

                        class CustomerDao {
                            Object named(Session session, String name) {
                                // BUG: Diagnostic matches: MIGRATED
                                return session.createCriteria(Customer.class).add(Restrictions.eq("name", name)).list();
                            }
                        }
                        """)
                .expectErrorMessage("MIGRATED", message -> message.contains("The suggested fix migrates it to the JPA Criteria API")
                        && message.contains("Did you mean 'CriteriaBuilder cb = session.getCriteriaBuilder();'"))
                .doTest();
    }

    /** Properties javac does not see as persistent (transient, unknown) leave the query, and the warning says why. */
    @Test
    void queriesTheEngineCannotMigrateKeepTheWarningWithTheReasonAndNoFix() {
        CompilationTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addSourceLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import org.hibernate.Session;
                        import org.hibernate.criterion.Restrictions;

                        class CustomerDao {
                            Object byDisplay(Session session, String display) {
                                // BUG: Diagnostic contains: No automatic fix: property not found
                                return session.createCriteria(Customer.class).add(Restrictions.eq("display", display)).list();
                            }

                            Object bySql(Session session) {
                                // BUG: Diagnostic contains: No automatic fix: SQL fragment
                                return session.createCriteria(Customer.class).add(Restrictions.sqlRestriction("1 = 1")).list();
                            }
                        }
                        """)
                .doTest();
    }

    @Test
    void suppressedQueriesAreNotFixed() {
        BugCheckerRefactoringTestHelper.newInstance(LegacyCriteriaQuery.class, getClass())
                .addInputLines("com/acme/CustomerDao.java", """
                        package com.acme;

                        import dev.ormlint.errorprone.testdomain.Customer;
                        import org.hibernate.Session;
                        import org.hibernate.criterion.Restrictions;

                        class CustomerDao {
                            @SuppressWarnings("LegacyCriteriaQuery")
                            Object kept(Session session) {
                                return session.createCriteria(Customer.class).add(Restrictions.eq("name", "x")).list();
                            }
                        }
                        """)
                .expectUnchanged()
                .doTest(TestMode.TEXT_MATCH);
    }
}
