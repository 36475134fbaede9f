package dev.ormlint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** A finding's text edits become the Error Prone fix, applied at exactly their offsets. */
class SuggestedFixTest {

    @Test
    void editsAreAppliedAtTheirOffsetsAndEverythingElseStaysByteIdentical() {
        BugCheckerRefactoringTestHelper.newInstance(CreateSqlQuery.class, getClass())
                .addInputLines("com/acme/ReportDao.java", """
                        package com.acme;

                        import org.hibernate.Session;

                        class ReportDao {
                        \tprivate Session session;

                        \tObject totals() {
                        \t\treturn session.createSQLQuery("select sum(total) from orders")   .list();
                        \t}

                        \tObject both() {
                        \t\tsession.createSQLQuery("delete from audit").executeUpdate();
                        \t\treturn session
                        \t\t\t\t.createSQLQuery("select 1").uniqueResult();
                        \t}
                        }
                        """)
                .addOutputLines("com/acme/ReportDao.java", """
                        package com.acme;

                        import org.hibernate.Session;

                        class ReportDao {
                        \tprivate Session session;

                        \tObject totals() {
                        \t\treturn session.createNativeQuery("select sum(total) from orders")   .list();
                        \t}

                        \tObject both() {
                        \t\tsession.createNativeQuery("delete from audit").executeUpdate();
                        \t\treturn session
                        \t\t\t\t.createNativeQuery("select 1").uniqueResult();
                        \t}
                        }
                        """)
                .doTest(TestMode.TEXT_MATCH);
    }

    @Test
    void suppressedFindingsAreNotFixed() {
        BugCheckerRefactoringTestHelper.newInstance(CreateSqlQuery.class, getClass())
                .addInputLines("com/acme/ReportDao.java", """
                        package com.acme;

                        import org.hibernate.Session;

                        class ReportDao {
                            @SuppressWarnings("CreateSqlQuery")
                            Object totals(Session session) {
                                return session.createSQLQuery("select 1").list();
                            }
                        }
                        """)
                .expectUnchanged()
                .doTest(TestMode.TEXT_MATCH);
    }

    @Test
    void theFixIsShownInTheDiagnostic() {
        CompilationTestHelper.newInstance(CreateSqlQuery.class, getClass())
                .addSourceLines("com/acme/ReportDao.java", """
                        package com.acme;

                        import org.hibernate.Session;

                        class ReportDao {
                            Object totals(Session session) {
                                // BUG: Diagnostic contains: Did you mean 'return session.createNativeQuery("select 1").list();'
                                return session.createSQLQuery("select 1").list();
                            }
                        }
                        """)
                .doTest();
    }
}
