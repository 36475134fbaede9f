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
