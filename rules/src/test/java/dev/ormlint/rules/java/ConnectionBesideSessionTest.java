package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class ConnectionBesideSessionTest {

    private final RuleTester tester = RuleTester.of(new ConnectionBesideSession());

    @Test
    void secondConnectionsAndSessionsInTransactions() {
        tester.addSource("com/acme/OrderService.java",
                        Cases.read("ConnectionBesideSession", "second-connections-and-sessions-in-transactions"))
                .expectMarkedFindings();
    }

    @Test
    void theTransactionsOwnConnectionAndCodeOutsideTransactionsStaySilent() {
        tester.addSource("com/acme/ReportService.java",
                        Cases.read("ConnectionBesideSession", "the-transactions-own-connection-and-code-outside-transactions"))
                .expectNoFindings();
    }

    @Test
    void connectionsAndSessionsOpenedInTransactionalMethods() {
        ScanResult result = tester.addSource("com/acme/OrderService.java", """
                package com.acme;

                import com.zaxxer.hikari.HikariDataSource;
                import jakarta.persistence.EntityManagerFactory;
                import java.sql.Connection;
                import java.sql.DriverManager;
                import javax.sql.DataSource;
                import org.hibernate.SessionFactory;
                import org.springframework.jdbc.core.JdbcTemplate;
                import org.springframework.transaction.annotation.Transactional;

                public class OrderService {
                    private DataSource dataSource;
                    private HikariDataSource pool;
                    private SessionFactory sessionFactory;
                    private EntityManagerFactory emf;
                    private JdbcTemplate jdbcTemplate;

                    @Transactional
                    public void place() throws Exception {
                        // BUG: Diagnostic contains: `dataSource.getConnection()` in `@Transactional` method `place`
                        try (Connection connection = dataSource.getConnection()) {
                            connection.createStatement().execute("update stock set reserved = reserved + 1");
                        }
                    }

                    @Transactional(readOnly = true)
                    public void report() throws Exception {
                        // BUG: Diagnostic contains: second pooled connection with a second transaction
                        Connection connection = this.pool.getConnection("report", "secret");
                        connection.close();
                    }

                    @Transactional
                    public void audit() throws Exception {
                        // BUG: Diagnostic contains: `DriverManager.getConnection(...)` in `@Transactional` method `audit`
                        DriverManager.getConnection("jdbc:h2:mem:audit").close();
                    }

                    @Transactional
                    public void copy() throws Exception {
                        // BUG: Diagnostic contains: `jdbcTemplate.getDataSource().getConnection()`
                        jdbcTemplate.getDataSource().getConnection().close();
                    }

                    @Transactional
                    public void perTenant(java.util.List<DataSource> tenants) {
                        tenants.forEach(tenant -> {
                            try {
                                // BUG: Diagnostic contains: `tenant.getConnection()` in `@Transactional` method `perTenant`
                                tenant.getConnection().close();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }

                    @Transactional
                    public void sessions() {
                        // BUG: Diagnostic contains: `sessionFactory.openSession()` in `@Transactional` method
                        sessionFactory.openSession().close();
                        // BUG: Diagnostic contains: `emf.createEntityManager()` in `@Transactional` method `sessions` opens a second session
                        emf.createEntityManager().close();
                    }
                }
                """).expectMarkedFindings();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(result.findings().get(0).fixHint()).contains("session.doWork(connection -> ...)");
        assertThat(result.findings()).filteredOn(f -> f.message().contains("openSession"))
                .singleElement()
                .satisfies(f -> assertThat(f.fixHint()).contains("sessionFactory.getCurrentSession()"));
    }

    @Test
    void jtaTransactionalAnnotationsWithTheirTxTypes() {
        tester.addSource("com/acme/jta/Billing.java", """
                package com.acme.jta;

                import jakarta.persistence.EntityManager;
                import jakarta.transaction.Transactional;
                import jakarta.transaction.Transactional.TxType;
                import javax.sql.DataSource;
                import org.springframework.stereotype.Service;

                @Service
                public class Billing {
                    private EntityManager entityManager;
                    private DataSource dataSource;

                    @Transactional
                    public void charge() throws Exception {
                        // BUG: Diagnostic contains: in `@Transactional` method `charge`
                        dataSource.getConnection().close();
                    }

                    @Transactional(TxType.MANDATORY)
                    public void refund() throws Exception {
                        // BUG: Diagnostic contains: in `@Transactional` method `refund`
                        dataSource.getConnection().close();
                    }

                    @Transactional(TxType.REQUIRES_NEW)
                    public void log() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional(value = TxType.NOT_SUPPORTED)
                    public void export() throws Exception {
                        dataSource.getConnection().close();
                    }
                }
                """)
                .addSource("com/acme/legacy/OldBilling.java", """
                package com.acme.legacy;

                import javax.persistence.EntityManager;
                import javax.sql.DataSource;
                import javax.transaction.Transactional;
                import org.springframework.stereotype.Service;

                @Service
                @Transactional
                public class OldBilling {
                    private EntityManager entityManager;
                    private DataSource dataSource;

                    public void charge() throws Exception {
                        // BUG: Diagnostic contains: in `charge` of `@Transactional` class `OldBilling`
                        dataSource.getConnection().close();
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void classLevelTransactionalAndThePropagationsThatLeaveIt() {
        tester.addSource("com/acme/StockService.java", """
                package com.acme;

                import static org.springframework.transaction.annotation.Propagation.REQUIRES_NEW;

                import javax.sql.DataSource;
                import org.springframework.transaction.annotation.Propagation;
                import org.springframework.transaction.annotation.Transactional;

                @Transactional
                public class StockService {
                    private StockRepository stock;
                    private DataSource dataSource;

                    public void reserve() throws Exception {
                        // BUG: Diagnostic contains: in `reserve` of `@Transactional` class `StockService`
                        dataSource.getConnection().close();
                    }

                    @Transactional(propagation = Propagation.MANDATORY, timeout = 5)
                    public void release() throws Exception {
                        // BUG: Diagnostic contains: in `@Transactional` method `release`
                        dataSource.getConnection().close();
                    }

                    @Transactional(propagation = REQUIRES_NEW)
                    public void journal() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional(propagation = Propagation.NOT_SUPPORTED)
                    public void export() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional(propagation = Propagation.NEVER)
                    public void healthCheck() throws Exception {
                        dataSource.getConnection().isValid(1);
                    }

                    @Transactional(propagation = Propagation.SUPPORTS)
                    public void maybe() throws Exception {
                        dataSource.getConnection().close();
                    }

                    private void helper() throws Exception {
                        dataSource.getConnection().close();
                    }

                    public static void bootstrap(DataSource ds) throws Exception {
                        ds.getConnection().close();
                    }
                }

                interface StockRepository extends org.springframework.data.jpa.repository.JpaRepository<Object, Long> {
                }
                """).expectMarkedFindings();
    }

    @Test
    void transactionalOnTheInterfaceOrSuperclass() {
        tester.addSource("com/acme/api/PaymentService.java", """
                package com.acme.api;

                import org.springframework.transaction.annotation.Transactional;

                public interface PaymentService {
                    @Transactional
                    void pay(long orderId) throws Exception;

                    void quote(long orderId) throws Exception;
                }
                """)
                .addSource("com/acme/api/Audited.java", """
                package com.acme.api;

                @org.springframework.transaction.annotation.Transactional
                public abstract class Audited {
                    protected jakarta.persistence.EntityManager entityManager;
                }
                """)
                .addSource("com/acme/PaymentServiceImpl.java", """
                package com.acme;

                import com.acme.api.PaymentService;
                import javax.sql.DataSource;
                import org.springframework.transaction.annotation.Propagation;
                import org.springframework.transaction.annotation.Transactional;

                class PaymentServiceImpl implements PaymentService {
                    private org.hibernate.SessionFactory sessionFactory;
                    private DataSource dataSource;

                    @Override
                    public void pay(long orderId) throws Exception {
                        // BUG: Diagnostic contains: in `pay`, declared `@Transactional` in `PaymentService`
                        dataSource.getConnection().close();
                    }

                    @Override
                    public void quote(long orderId) throws Exception {
                        dataSource.getConnection().close();
                    }
                }

                interface Ledger {
                    @Transactional(propagation = Propagation.REQUIRES_NEW)
                    void book() throws Exception;

                    @Transactional(readOnly = true)
                    void balance() throws Exception;
                }

                class LedgerImpl implements Ledger {
                    private org.hibernate.SessionFactory sessionFactory;
                    private DataSource dataSource;

                    public void book() throws Exception {
                        dataSource.getConnection().close();
                    }

                    public void balance() throws Exception {
                        // BUG: Diagnostic contains: in `balance`, declared `@Transactional` in `Ledger`
                        dataSource.getConnection().close();
                    }
                }
                """)
                .addSource("com/acme/Refunds.java", """
                package com.acme;

                import com.acme.api.Audited;
                import javax.sql.DataSource;

                class Refunds extends Audited {
                    private DataSource dataSource;

                    public void refund() throws Exception {
                        // BUG: Diagnostic contains: inheriting `@Transactional` from `Audited`
                        dataSource.getConnection().close();
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void programmaticTransactionSpans() {
        tester.addSource("com/acme/Importer.java", """
                package com.acme;

                import jakarta.persistence.EntityManager;
                import jakarta.persistence.EntityTransaction;
                import java.sql.Connection;
                import javax.sql.DataSource;
                import org.hibernate.Session;
                import org.hibernate.Transaction;

                class Importer {
                    private DataSource dataSource;

                    void withSession(Session session) throws Exception {
                        Transaction tx = session.beginTransaction();
                        try {
                            session.persist(new Object());
                            // BUG: Diagnostic contains: after `session.beginTransaction()` and before its commit
                            try (Connection c = dataSource.getConnection()) {
                                c.createStatement().execute("delete from staging");
                            }
                            tx.commit();
                        } catch (RuntimeException e) {
                            tx.rollback();
                            throw e;
                        }
                        try (Connection after = dataSource.getConnection()) {
                            after.createStatement().execute("analyze");
                        }
                    }

                    void withEntityManager(EntityManager em) throws Exception {
                        dataSource.getConnection().close();
                        em.getTransaction().begin();
                        // BUG: Diagnostic contains: after `em.getTransaction().begin()`
                        dataSource.getConnection().close();
                        em.getTransaction().commit();
                        dataSource.getConnection().close();
                    }

                    void rolledBack(EntityManager em) throws Exception {
                        EntityTransaction tx = em.getTransaction();
                        tx.begin();
                        tx.rollback();
                        dataSource.getConnection().close();
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void callbacksRunInATransaction() {
        tester.addSource("com/acme/Callbacks.java", """
                package com.acme;

                import jakarta.persistence.EntityManagerFactory;
                import javax.sql.DataSource;
                import org.hibernate.SessionFactory;
                import org.springframework.transaction.support.TransactionTemplate;

                class Callbacks {
                    private SessionFactory sessionFactory;
                    private EntityManagerFactory emf;
                    private TransactionTemplate transactionTemplate;
                    private DataSource dataSource;

                    void hibernate() {
                        sessionFactory.inTransaction(session -> {
                            session.persist(new Object());
                            try {
                                // BUG: Diagnostic contains: in the `inTransaction` callback
                                dataSource.getConnection().close();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }

                    Object fromTransaction() {
                        // BUG: Diagnostic contains: `sessionFactory.openSession()` in the `fromTransaction` callback
                        return sessionFactory.fromTransaction(session -> sessionFactory.openSession());
                    }

                    void jpa() {
                        // BUG: Diagnostic contains: in the `runInTransaction` callback
                        emf.runInTransaction(em -> emf.createEntityManager());
                    }

                    void spring() {
                        transactionTemplate.executeWithoutResult(status -> {
                            try {
                                // BUG: Diagnostic contains: in the `executeWithoutResult` callback
                                dataSource.getConnection().close();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }

                    void outsideTheCallback() throws Exception {
                        sessionFactory.inTransaction(session -> session.persist(new Object()));
                        dataSource.getConnection().close();
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/Safe.java", """
                package com.acme;

                import jakarta.persistence.EntityManager;
                import java.sql.Connection;
                import javax.sql.DataSource;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;
                import org.springframework.jdbc.core.JdbcTemplate;
                import org.springframework.jdbc.datasource.DataSourceUtils;
                import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
                import org.springframework.transaction.annotation.Transactional;

                class Safe {
                    private DataSource dataSource;
                    private TransactionAwareDataSourceProxy transactionAware;
                    private SessionFactory sessionFactory;
                    private EntityManager em;
                    private JdbcTemplate jdbcTemplate;
                    private ConnectionSource source;

                    @Transactional
                    public void sameConnection() throws Exception {
                        sessionFactory.getCurrentSession().doWork(connection -> connection.createStatement().execute("select 1"));
                        em.unwrap(Session.class).doWork(connection -> connection.createStatement().execute("select 1"));
                        Integer one = sessionFactory.getCurrentSession().doReturningWork(connection -> 1);
                        Connection bound = DataSourceUtils.getConnection(dataSource);
                        DataSourceUtils.releaseConnection(bound, dataSource);
                        Connection unwrapped = em.unwrap(Connection.class);
                        jdbcTemplate.update("update stock set reserved = 0");
                        transactionAware.getConnection().close();
                        source.getConnection().close();
                    }

                    public void noTransaction() throws Exception {
                        dataSource.getConnection().close();
                        sessionFactory.openSession().close();
                    }

                    @Transactional
                    public void anonymousClassRunsLater() {
                        Runnable later = new Runnable() {
                            @Override
                            public void run() {
                                try {
                                    dataSource.getConnection().close();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        };
                    }

                    @Transactional
                    public void otherThreads(java.util.concurrent.ExecutorService executor,
                                             org.springframework.core.task.AsyncTaskExecutor taskExecutor) {
                        executor.submit(() -> dataSource.getConnection().close());
                        taskExecutor.submit(() -> dataSource.getConnection().close());
                        java.util.concurrent.CompletableFuture.runAsync(() -> {
                            try {
                                dataSource.getConnection().close();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }

                    @com.acme.Transactional
                    public void ownAnnotation() throws Exception {
                        dataSource.getConnection().close();
                    }
                }

                @interface Transactional {
                }

                class ConnectionSource {
                    Connection getConnection() {
                        return null;
                    }
                }
                """).expectNoFindings();
    }

    @Test
    void transactionsWithoutTheOrmOrInAJakartaEeContainer() {
        tester.addSource("com/acme/xa/TransferService.java", """
                package com.acme.xa;

                import javax.sql.DataSource;
                import org.springframework.transaction.annotation.Transactional;

                /** Two XA data sources under a JTA transaction manager: both connections enlist in one transaction. */
                public class TransferService {
                    private DataSource inventory;
                    private DataSource orders;

                    @Transactional
                    public void transfer() throws Exception {
                        inventory.getConnection().close();
                        orders.getConnection().close();
                    }
                }
                """)
                .addSource("com/acme/ee/LedgerBean.java", """
                package com.acme.ee;

                import jakarta.annotation.Resource;
                import jakarta.enterprise.context.ApplicationScoped;
                import jakarta.persistence.EntityManager;
                import jakarta.persistence.PersistenceContext;
                import jakarta.transaction.Transactional;
                import javax.sql.DataSource;

                /** A container-managed JTA data source enlists in the container's transaction. */
                @ApplicationScoped
                public class LedgerBean {
                    @PersistenceContext
                    private EntityManager em;
                    @Resource(lookup = "java:app/jdbc/ledger")
                    private DataSource dataSource;

                    @Transactional
                    public void post() throws Exception {
                        dataSource.getConnection().close();
                    }
                }
                """).expectNoFindings();
    }

    @Test
    void suppressedOnTheMethod() {
        tester.addSource("com/acme/Maintenance.java", """
                package com.acme;

                import javax.sql.DataSource;
                import org.springframework.transaction.annotation.Transactional;

                class Maintenance {
                    private jakarta.persistence.EntityManager entityManager;
                    private DataSource dataSource;

                    @Transactional
                    @SuppressWarnings("ormlint:ConnectionBesideSession")
                    public void vacuum() throws Exception {
                        dataSource.getConnection().close();
                    }
                }
                """).expectNoFindings();
    }

    /** #16: a static DAO helper that opens its own session, called inside a transaction (openkm UserConfigDAO). */
    @Test
    void helperThatOpensASessionInsideATransaction() {
        RuleTester.of(new ConnectionBesideSession())
                .addSource("com/acme/ProfileDao.java", """
                        package com.acme;

                        import org.hibernate.Session;

                        public class ProfileDao {
                            public static Object findByPk(long id) {
                                Session session = HibernateUtil.getSessionFactory().openSession();
                                try {
                                    return session.get(Object.class, id);
                                } finally {
                                    session.close();
                                }
                            }

                            public static String describe(long id) {
                                return "profile " + id;
                            }
                        }
                        """)
                .addSource("com/acme/HibernateUtil.java", """
                        package com.acme;

                        import org.hibernate.SessionFactory;

                        public class HibernateUtil {
                            public static SessionFactory getSessionFactory() {
                                return null;
                            }
                        }
                        """)
                .addSource("com/acme/UserConfigDao.java", """
                        package com.acme;

                        import org.hibernate.Session;
                        import org.hibernate.Transaction;

                        class UserConfigDao {
                            void create() {
                                Session session = HibernateUtil.getSessionFactory().openSession();
                                Transaction tx = session.beginTransaction();
                                // BUG: Diagnostic contains: `ProfileDao.findByPk(...)` -> ProfileDao.findByPk -> SessionFactory.openSession
                                Object profile = ProfileDao.findByPk(1);
                                String text = ProfileDao.describe(1);
                                session.save(profile);
                                tx.commit();
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    /** #16: the ORM reached through a project DAO interface whose implementation holds the entity manager (syncope). */
    @Test
    void ormReachedThroughAProjectDaoInterface() {
        RuleTester.of(new ConnectionBesideSession())
                .addSource("com/acme/UserDao.java", """
                        package com.acme;

                        import java.util.List;

                        public interface UserDao {
                            List<Object> findAll();
                        }
                        """)
                .addSource("com/acme/JpaUserDao.java", """
                        package com.acme;

                        import jakarta.persistence.EntityManager;
                        import java.util.List;

                        public class JpaUserDao implements UserDao {
                            private EntityManager entityManager;

                            public List<Object> findAll() {
                                return entityManager.createQuery("from User").getResultList();
                            }
                        }
                        """)
                .addSource("com/acme/EnableTestUsers.java", """
                        package com.acme;

                        import java.sql.Connection;
                        import javax.sql.DataSource;
                        import org.springframework.transaction.annotation.Transactional;

                        class EnableTestUsers {
                            private UserDao userDao;

                            @Transactional
                            public void init(DataSource datasource) throws Exception {
                                for (Object user : userDao.findAll()) {
                                    // BUG: Diagnostic contains: second pooled connection
                                    try (Connection conn = datasource.getConnection()) {
                                        conn.createStatement().execute("insert into x values (1)");
                                    }
                                }
                            }
                        }
                        """)
                .expectMarkedFindings();
    }
}
