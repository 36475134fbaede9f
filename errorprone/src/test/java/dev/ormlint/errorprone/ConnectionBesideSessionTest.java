package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import dev.ormlint.rules.testing.Cases;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule's default severity is ERROR, so its findings fail the compilation unless configured down. */
class ConnectionBesideSessionTest {

    private static final String AUDIT = """
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
            """;

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(ConnectionBesideSession.class, getClass());

    @Test
    void secondConnectionsAndSessionsInTransactionsAreErrors() {
        helper.addSourceLines("com/acme/OrderService.java",
                        Cases.read("ConnectionBesideSession", "second-connections-and-sessions-in-transactions"))
                .expectResult(Result.ERROR).doTest();
    }

    @Test
    void theTransactionsOwnConnectionAndCodeOutsideTransactionsStaySilent() {
        helper.addSourceLines("com/acme/ReportService.java",
                        Cases.read("ConnectionBesideSession", "the-transactions-own-connection-and-code-outside-transactions"))
                .expectNoDiagnostics().doTest();
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
                .addSourceLines("com/acme/Audit.java", AUDIT)
                .expectResult(Result.OK).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:ConnectionBesideSession:OFF")
                .addSourceLines("com/acme/Audit.java", withoutMarkers(AUDIT))
                .expectResult(Result.OK).doTest();
    }

    /** With the check off nothing may be reported, so the source loses its expectation. */
    private static String withoutMarkers(String source) {
        return source.lines().filter(line -> !line.contains("// BUG:")).collect(Collectors.joining("\n", "", "\n"));
    }
}
