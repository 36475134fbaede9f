package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class LoaderOptionOnNativeQueryTest {

    private final RuleTester tester = RuleTester.of(new LoaderOptionOnNativeQuery());

    @Test
    void entityGraphsOnNativeQueriesAreReportedAtTheGraphSetter() {
        tester.addSource("com/acme/OrderQueries.java",
                        Cases.read("LoaderOptionOnNativeQuery", "entity-graphs-on-native-queries"))
                .expectMarkedFindings();
    }

    @Test
    void joinFetchInNativeSqlAndGraphsOnNativeRepositoryMethods() {
        tester.addSource("com/acme/OrderRepository.java",
                        Cases.read("LoaderOptionOnNativeQuery", "join-fetch-in-native-sql-and-graphs-on-native-repository-methods"))
                .expectMarkedFindings();
    }

    @Test
    void jpqlGraphsJoinFetchInJpqlAndOtherHintsStaySilent() {
        tester.addSource("com/acme/Fine.java",
                        Cases.read("LoaderOptionOnNativeQuery", "jpql-graphs-join-fetch-in-jpql-and-other-hints"))
                .expectNoFindings();
    }

    @Test
    void graphHintsOnNativeQueriesInChainsAndLocals() {
        ScanResult result = tester.addSource("com/acme/OrderQueries.java", """
                package com.acme;

                import static org.hibernate.jpa.SpecHints.HINT_SPEC_LOAD_GRAPH;

                import jakarta.persistence.EntityGraph;
                import jakarta.persistence.EntityManager;
                import jakarta.persistence.Query;
                import java.util.List;
                import org.hibernate.jpa.AvailableHints;
                import org.hibernate.jpa.QueryHints;
                import org.hibernate.jpa.SpecHints;

                class OrderQueries {
                    private static final String FETCH_GRAPH = "jakarta.persistence." + "fetchgraph";
                    private EntityManager em;

                    List<?> literalInChain(EntityGraph<?> graph) {
                        return em.createNativeQuery("select * from purchase_order", Order.class)
                                .setParameter(1, 10)
                                // BUG: Diagnostic contains: `setHint` gives an entity graph to a native SQL query
                                .setHint("jakarta.persistence.fetchgraph", graph)
                                .getResultList();
                    }

                    List<?> throughLocal(EntityGraph<?> graph) {
                        Query query = em.createNativeQuery("select * from purchase_order where status = ?1", Order.class);
                        query.setParameter(1, "OPEN");
                        // BUG: Diagnostic contains: A native SQL query cannot use EntityGraphs
                        query.setHint("javax.persistence.loadgraph", graph);
                        return query.getResultList();
                    }

                    List<?> specHints(EntityGraph<?> graph) {
                        var query = em.createNativeQuery("select * from purchase_order", Order.class);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(SpecHints.HINT_SPEC_FETCH_GRAPH, graph);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(AvailableHints.HINT_SPEC_LOAD_GRAPH, graph);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(HINT_SPEC_LOAD_GRAPH, graph);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(QueryHints.HINT_FETCHGRAPH, graph);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(org.hibernate.jpa.LegacySpecHints.HINT_JAVAEE_LOAD_GRAPH, graph);
                        // BUG: Diagnostic contains: `setHint`
                        query.setHint(FETCH_GRAPH, graph);
                        return query.getResultList();
                    }
                }

                class Order {
                }
                """).expectMarkedFindings();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(result.findings().get(0).range().startColumn()).isEqualTo(18);
    }

    @Test
    void hibernateNativeQueriesAndEntityGraphSetters() {
        tester.addSource("com/acme/ReportDao.java", """
                package com.acme;

                import jakarta.persistence.EntityGraph;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.graph.GraphSemantic;
                import org.hibernate.graph.RootGraph;
                import org.hibernate.query.NativeQuery;

                class ReportDao {
                    private Session session;

                    List<?> sqlQuery(EntityGraph<?> graph) {
                        // BUG: Diagnostic contains: `setHint`
                        return session.createSQLQuery("select * from report").addEntity(Report.class).setHint("javax.persistence.fetchgraph", graph).list();
                    }

                    List<?> entityGraph(EntityGraph<Report> graph) {
                        NativeQuery<Report> query = session.createNativeQuery("select * from report", Report.class);
                        // BUG: Diagnostic contains: `setEntityGraph` gives an entity graph to a native SQL query
                        query.setEntityGraph(graph, GraphSemantic.FETCH);
                        return query.list();
                    }

                    List<?> parameter(NativeQuery<Report> query, RootGraph<Report> graph) {
                        // BUG: Diagnostic contains: `applyLoadGraph`
                        return query.applyLoadGraph(graph).list();
                    }

                    List<?> named(RootGraph<Report> graph) {
                        // BUG: Diagnostic contains: `applyGraph`
                        return session.getNamedNativeQuery("Report.all").applyGraph(graph, GraphSemantic.LOAD).list();
                    }
                }

                class Report {
                }
                """).expectMarkedFindings();
    }

    @Test
    void joinFetchInsideNativeSql() {
        tester.addSource("com/acme/LineQueries.java", """
                package com.acme;

                import jakarta.persistence.EntityManager;
                import java.util.List;
                import org.hibernate.Session;

                class LineQueries {
                    private static final String WITH_PRODUCTS = "select l.* from order_line l JOIN   FETCH l.product";
                    private EntityManager em;
                    private Session session;

                    List<?> inline() {
                        // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                        return em.createNativeQuery("select o.* from purchase_order o join fetch o.lines").getResultList();
                    }

                    List<?> textBlock() {
                        return session.createNativeQuery(
                                // BUG: Diagnostic contains: JPQL syntax, not SQL
                                \"""
                                select o.*
                                from purchase_order o
                                left join
                                    fetch o.customer
                                \""", Object.class).list();
                    }

                    List<?> constant() {
                        // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                        return em.createNativeQuery(WITH_PRODUCTS).getResultList();
                    }

                    List<?> jpql() {
                        return em.createQuery("select o from PurchaseOrder o join fetch o.lines").getResultList();
                    }

                    List<?> columnNamesThatOnlyLookAlike() {
                        return em.createNativeQuery("select o.join_fetch_flag, o.fetch_size from order_join o").getResultList();
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void springDataRepositoriesAndNamedNativeQueries() {
        tester.addSource("com/acme/OrderRepository.java", """
                package com.acme;

                import java.util.List;
                import org.springframework.data.jpa.repository.EntityGraph;
                import org.springframework.data.jpa.repository.JpaRepository;
                import org.springframework.data.jpa.repository.NativeQuery;
                import org.springframework.data.jpa.repository.Query;

                interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {

                    // BUG: Diagnostic contains: `@EntityGraph` on `findOpenNative`, whose `@Query` is native SQL
                    @EntityGraph(attributePaths = "lines")
                    @Query(value = "select * from purchase_order where status = 'OPEN'", nativeQuery = true)
                    List<PurchaseOrder> findOpenNative();

                    // BUG: Diagnostic contains: `@EntityGraph` on `findRecent`
                    @EntityGraph("PurchaseOrder.withLines")
                    @NativeQuery("select * from purchase_order order by created_at desc limit 10")
                    List<PurchaseOrder> findRecent();

                    // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                    @Query(value = "select o.* from purchase_order o join fetch o.lines", nativeQuery = true)
                    List<PurchaseOrder> brokenNative();

                    @EntityGraph(attributePaths = "lines")
                    List<PurchaseOrder> findByStatus(String status);

                    @EntityGraph(attributePaths = {"lines", "customer"})
                    @Query("select o from PurchaseOrder o join fetch o.lines where o.status = 'OPEN'")
                    List<PurchaseOrder> findOpen();

                    @EntityGraph(attributePaths = "lines")
                    @Query(value = "select o from PurchaseOrder o", nativeQuery = false)
                    List<PurchaseOrder> findAllJpql();
                }
                """)
                .addSource("com/acme/search/UserRepository.java", """
                package com.acme.search;

                import java.util.*;
                import org.springframework.data.jpa.repository.*;

                public interface UserRepository extends JpaRepository<User, Long> {

                    @Query(value = "SELECT * FROM users u WHERE MATCH(u.first_name, u.last_name) AGAINST (:keyword)",
                            nativeQuery = true)
                    // BUG: Diagnostic contains: `@EntityGraph` on `search`
                    @EntityGraph(attributePaths = "roles")
                    List<User> search(String keyword);
                }

                class User {
                }
                """)
                .addSource("com/acme/PurchaseOrder.java", """
                package com.acme;

                import jakarta.persistence.Entity;
                import jakarta.persistence.NamedNativeQueries;
                import jakarta.persistence.NamedNativeQuery;
                import jakarta.persistence.NamedQuery;

                @Entity
                @NamedQuery(name = "PurchaseOrder.withLines", query = "select o from PurchaseOrder o join fetch o.lines")
                @NamedNativeQueries({
                        // BUG: Diagnostic contains: `JOIN FETCH` in native SQL
                        @NamedNativeQuery(name = "PurchaseOrder.nativeLines", query = "select o.* from purchase_order o JOIN FETCH o.lines"),
                        @NamedNativeQuery(name = "PurchaseOrder.plain", query = "select o.* from purchase_order o join order_line l on l.order_id = o.id")
                })
                class PurchaseOrder {
                }
                """).expectMarkedFindings();
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/Fine.java", """
                package com.acme;

                import jakarta.persistence.EntityGraph;
                import jakarta.persistence.EntityManager;
                import java.util.List;
                import java.util.Map;
                import org.hibernate.jpa.HibernateHints;
                import org.hibernate.jpa.SpecHints;
                import org.springframework.data.jpa.repository.Query;

                class Fine {
                    private EntityManager em;

                    List<?> jpql(EntityGraph<?> graph) {
                        return em.createQuery("select o from PurchaseOrder o", Object.class)
                                .setHint(SpecHints.HINT_SPEC_FETCH_GRAPH, graph)
                                .getResultList();
                    }

                    Object find(EntityGraph<?> graph) {
                        return em.find(Object.class, 1L, Map.of("jakarta.persistence.fetchgraph", graph));
                    }

                    List<?> otherHintsOnNative() {
                        return em.createNativeQuery("select * from purchase_order")
                                .setHint(HibernateHints.HINT_READ_ONLY, true)
                                .setHint("org.hibernate.fetchSize", 500)
                                .getResultList();
                    }

                    List<?> reassigned(EntityGraph<?> graph, boolean fast) {
                        jakarta.persistence.Query query = em.createNativeQuery("select * from purchase_order");
                        if (fast) {
                            query = em.createQuery("select o from PurchaseOrder o");
                        }
                        query.setHint("jakarta.persistence.fetchgraph", graph);
                        return query.getResultList();
                    }

                    List<?> unknownOrigin(jakarta.persistence.Query query, EntityGraph<?> graph, String hint) {
                        query.setHint("jakarta.persistence.fetchgraph", graph);
                        em.createNativeQuery("select 1").setHint(hint, graph);
                        return query.getResultList();
                    }
                }

                interface NotARepository {
                    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "lines")
                    @Query(value = "select * from purchase_order", nativeQuery = true)
                    List<Object> findAllNative();
                }
                """).expectNoFindings();
    }
}
