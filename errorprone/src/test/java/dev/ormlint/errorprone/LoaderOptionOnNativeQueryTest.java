package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import org.junit.jupiter.api.Test;

/** The rule's default severity is ERROR: each of these mistakes fails at run time. */
class LoaderOptionOnNativeQueryTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(LoaderOptionOnNativeQuery.class, getClass());

    @Test
    void entityGraphsOnNativeQueriesAreReportedAtTheGraphSetter() {
        helper.addSourceLines("com/acme/OrderQueries.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityGraph;
                import javax.persistence.EntityManager;
                import javax.persistence.Query;
                import org.hibernate.Session;
                import org.hibernate.graph.GraphSemantic;
                import org.hibernate.graph.RootGraph;
                import org.hibernate.jpa.QueryHints;

                class OrderQueries {
                    private EntityManager em;
                    private Session session;

                    List<?> hintInChain(EntityGraph<?> graph) {
                        return em.createNativeQuery("select * from purchase_order", OrderQueries.class)
                                .setParameter(1, 10)
                                // BUG: Diagnostic contains: `setHint` gives an entity graph to a native SQL query: Hibernate throws "A native SQL query cannot use EntityGraphs"
                                .setHint("javax.persistence.fetchgraph", graph)
                                .getResultList();
                    }

                    List<?> hintConstantOnLocal(EntityGraph<?> graph) {
                        Query query = em.createNativeQuery("select * from purchase_order");
                        // BUG: Diagnostic contains: `setHint` gives an entity graph
                        query.setHint(QueryHints.HINT_LOADGRAPH, graph);
                        return query.getResultList();
                    }

                    List<?> hibernateGraph(RootGraph<OrderQueries> graph) {
                        // BUG: Diagnostic contains: `applyGraph` gives an entity graph to a native SQL query
                        return session.createNativeQuery("select * from purchase_order", OrderQueries.class).applyGraph(graph, GraphSemantic.LOAD).list();
                    }
                }
                """).expectResult(Result.ERROR).doTest();
    }

    @Test
    void joinFetchInNativeSqlAndGraphsOnNativeRepositoryMethods() {
        helper.addSourceLines("com/acme/OrderRepository.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.Entity;
                import javax.persistence.EntityManager;
                import javax.persistence.NamedNativeQuery;
                import org.springframework.data.jpa.repository.EntityGraph;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;

                interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {

                    // BUG: Diagnostic contains: `@EntityGraph` on `findOpenNative`, whose `@Query` is native SQL
                    @EntityGraph(attributePaths = "lines")
                    @Query(value = "select * from purchase_order where status = 'OPEN'", nativeQuery = true)
                    List<PurchaseOrder> findOpenNative();

                    // BUG: Diagnostic contains: `JOIN FETCH` in native SQL: it is JPQL syntax, not SQL, and the database rejects the statement
                    @Query(value = "select o.* from purchase_order o join fetch o.lines", nativeQuery = true)
                    List<PurchaseOrder> brokenNative();
                }

                @Entity
                // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                @NamedNativeQuery(name = "PurchaseOrder.lines", query = "select o.* from purchase_order o JOIN FETCH o.lines")
                class PurchaseOrder {
                }

                class LineQueries {
                    List<?> lines(EntityManager em) {
                        // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                        return em.createNativeQuery("select l.* from order_line l join fetch l.product").getResultList();
                    }
                }
                """).expectResult(Result.ERROR).doTest();
    }

    @Test
    void jpqlGraphsJoinFetchInJpqlAndOtherHintsStaySilent() {
        helper.addSourceLines("com/acme/Fine.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityGraph;
                import javax.persistence.EntityManager;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.Query;

                class Fine {
                    private EntityManager em;

                    List<?> jpqlWithGraph(EntityGraph<?> graph) {
                        return em.createQuery("select o from PurchaseOrder o join fetch o.lines")
                                .setHint("javax.persistence.fetchgraph", graph)
                                .getResultList();
                    }

                    List<?> otherHintsOnNative() {
                        return em.createNativeQuery("select * from purchase_order")
                                .setHint("org.hibernate.readOnly", true)
                                .getResultList();
                    }
                }

                interface FineRepository extends JpaRepository<Fine, Long> {
                    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "lines")
                    @Query("select o from PurchaseOrder o join fetch o.lines")
                    List<Fine> findOpen();

                    @Query(value = "select o.* from purchase_order o join order_line l on l.order_id = o.id", nativeQuery = true)
                    List<Fine> plainJoin();
                }
                """).expectNoDiagnostics().expectResult(Result.OK).doTest();
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
