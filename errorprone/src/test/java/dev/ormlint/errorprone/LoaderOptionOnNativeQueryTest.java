package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

/** The rule's default severity is ERROR: each of these mistakes fails at run time. */
class LoaderOptionOnNativeQueryTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(LoaderOptionOnNativeQuery.class, getClass());

    @Test
    void entityGraphsOnNativeQueriesAreReportedAtTheGraphSetter() {
        helper.addSourceLines("com/acme/OrderQueries.java",
                        Cases.read("LoaderOptionOnNativeQuery", "entity-graphs-on-native-queries"))
                .expectResult(Result.ERROR).doTest();
    }

    @Test
    void joinFetchInNativeSqlAndGraphsOnNativeRepositoryMethods() {
        helper.addSourceLines("com/acme/OrderRepository.java",
                        Cases.read("LoaderOptionOnNativeQuery", "join-fetch-in-native-sql-and-graphs-on-native-repository-methods"))
                .expectResult(Result.ERROR).doTest();
    }

    @Test
    void jpqlGraphsJoinFetchInJpqlAndOtherHintsStaySilent() {
        helper.addSourceLines("com/acme/Fine.java",
                        Cases.read("LoaderOptionOnNativeQuery", "jpql-graphs-join-fetch-in-jpql-and-other-hints"))
                .expectNoDiagnostics().expectResult(Result.OK).doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/Reports.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityManager;

                class Reports {
                    private EntityManager em;

                    @SuppressWarnings("LoaderOptionOnNativeQuery")
                    List<?> errorProneName() {
                        return em.createNativeQuery("select * from a join fetch a.b").getResultList();
                    }

                    @SuppressWarnings("ormlint:LoaderOptionOnNativeQuery")
                    List<?> ormlintName() {
                        return em.createNativeQuery("select * from a join fetch a.b").getResultList();
                    }

                    @SuppressWarnings("ormlint:ConnectionBesideSession")
                    List<?> otherRuleSuppressed() {
                        // BUG: Diagnostic contains: [LoaderOptionOnNativeQuery] `JOIN FETCH` in native SQL
                        return em.createNativeQuery("select * from a join fetch a.b").getResultList();
                    }

                    @SuppressWarnings("ormlint:LoaderOptionOnNativeQuery")
                    class Inner {
                        List<?> inSuppressedClass() {
                            return em.createNativeQuery("select * from a join fetch a.b").getResultList();
                        }
                    }
                }
                """).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:LoaderOptionOnNativeQuery:OFF")
                .addSourceLines("com/acme/Reports.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityManager;

                class Reports {
                    List<?> lines(EntityManager em) {
                        return em.createNativeQuery("select * from a join fetch a.b").getResultList();
                    }
                }
                """).expectResult(Result.OK).doTest();
    }
}
