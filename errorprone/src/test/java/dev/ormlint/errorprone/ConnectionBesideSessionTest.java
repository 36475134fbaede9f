package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import org.junit.jupiter.api.Test;

/** The rule's default severity is ERROR, so its findings fail the compilation unless configured down. */
class ConnectionBesideSessionTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(ConnectionBesideSession.class, getClass());

    @Test
    void secondConnectionsAndSessionsInTransactionsAreErrors() {
        helper.addSourceLines("com/acme/OrderService.java", """
                package com.acme;

                import java.sql.Connection;
                import java.sql.DriverManager;
                import javax.sql.DataSource;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;
                import org.hibernate.Transaction;
                import org.springframework.transaction.annotation.Transactional;
                import org.springframework.transaction.support.TransactionTemplate;

                class OrderService {
                    private SessionFactory sessionFactory;
                    private DataSource dataSource;
                    private TransactionTemplate transactions;

                    @Transactional
                    public void place() throws Exception {
                        // BUG: Diagnostic contains: `dataSource.getConnection()` in `@Transactional` method `place` takes a second pooled connection with a second transaction
                        try (Connection c = dataSource.getConnection()) {
                            c.createStatement().execute("insert into audit values (1)");
                        }
                    }

                    @Transactional
                    public void archive() {
                        // BUG: Diagnostic contains: `sessionFactory.openSession()` in `@Transactional` method `archive` opens a second session
                        Session other = sessionFactory.openSession();
                        other.close();
                    }

                    void programmatic(Session session) throws Exception {
                        Transaction tx = session.beginTransaction();
                        // BUG: Diagnostic contains: `DriverManager.getConnection(...)` after `session.beginTransaction()` and before its commit
                        DriverManager.getConnection("jdbc:h2:mem:audit").close();
                        tx.commit();
                    }

                    void callback() {
                        transactions.executeWithoutResult(status -> {
                            // BUG: Diagnostic contains: in the `executeWithoutResult` callback
                            try (Connection c = dataSource.getConnection()) {
                                c.setReadOnly(true);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                }
                """).expectResult(Result.ERROR).doTest();
    }

    @Test
    void theTransactionsOwnConnectionAndCodeOutsideTransactionsStaySilent() {
        helper.addSourceLines("com/acme/ReportService.java", """
                package com.acme;

                import java.sql.Connection;
                import java.util.concurrent.ExecutorService;
                import javax.sql.DataSource;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;
                import org.hibernate.Transaction;
                import org.springframework.jdbc.datasource.DataSourceUtils;
                import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
                import org.springframework.transaction.annotation.Propagation;
                import org.springframework.transaction.annotation.Transactional;

                class ReportService {
                    private SessionFactory sessionFactory;
                    private DataSource dataSource;
                    private TransactionAwareDataSourceProxy transactionAware;
                    private ExecutorService executor;

                    @Transactional
                    public void boundConnections() throws Exception {
                        Connection bound = DataSourceUtils.getConnection(dataSource);
                        Connection proxied = transactionAware.getConnection();
                        sessionFactory.getCurrentSession().doWork(connection -> connection.setReadOnly(true));
                    }

                    public void noTransaction() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional(propagation = Propagation.REQUIRES_NEW)
                    public void ownTransaction() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional
                    public void onAnotherThread() {
                        executor.submit(() -> {
                            dataSource.getConnection().close();
                            return null;
                        });
                    }

                    void afterCommit(Session session) throws Exception {
                        Transaction tx = session.beginTransaction();
                        tx.commit();
                        dataSource.getConnection().close();
                    }
                }
                """).expectNoDiagnostics().doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/AuditService.java", """
                package com.acme;

                import javax.sql.DataSource;
                import org.hibernate.SessionFactory;
                import org.springframework.transaction.annotation.Transactional;

                class AuditService {
                    private SessionFactory sessionFactory;
                    private DataSource dataSource;

                    @Transactional
                    @SuppressWarnings("ConnectionBesideSession")
                    public void errorProneName() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional
                    @SuppressWarnings("ormlint:ConnectionBesideSession")
                    public void ormlintName() throws Exception {
                        dataSource.getConnection().close();
                    }

                    @Transactional
                    @SuppressWarnings({"resource", "ormlint:EntityPersistLoop"})
                    public void otherSuppressions() throws Exception {
                        // BUG: Diagnostic contains: [ConnectionBesideSession] `dataSource.getConnection()`
                        dataSource.getConnection().close();
                    }

                    @SuppressWarnings("ConnectionBesideSession")
                    class Inner {
                        @Transactional
                        public void inSuppressedClass() {
                            sessionFactory.openSession().close();
                        }
                    }
                }
                """).doTest();
    }

    @Test
    void warnFlagTurnsTheErrorIntoAWarning() {
        helper.setArgs("-Xep:ConnectionBesideSession:WARN")
                .addSourceLines("com/acme/Audit.java", """
                package com.acme;

                import javax.sql.DataSource;
                import org.hibernate.SessionFactory;
                import org.springframework.transaction.annotation.Transactional;

                class Audit {
                    private SessionFactory sessionFactory;
                    private DataSource dataSource;

                    @Transactional
                    public void write() throws Exception {
                        // BUG: Diagnostic contains: second pooled connection
                        dataSource.getConnection().close();
                    }
                }
                """).expectResult(Result.OK).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:ConnectionBesideSession:OFF")
                .addSourceLines("com/acme/Audit.java", """
                package com.acme;

                import javax.sql.DataSource;
                import org.hibernate.SessionFactory;
                import org.springframework.transaction.annotation.Transactional;

                class Audit {
                    private SessionFactory sessionFactory;
                    private DataSource dataSource;

                    @Transactional
                    public void write() throws Exception {
                        dataSource.getConnection().close();
                    }
                }
                """).expectResult(Result.OK).doTest();
    }
}
