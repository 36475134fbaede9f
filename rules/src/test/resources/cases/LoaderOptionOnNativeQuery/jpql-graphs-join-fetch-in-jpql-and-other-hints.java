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
