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
