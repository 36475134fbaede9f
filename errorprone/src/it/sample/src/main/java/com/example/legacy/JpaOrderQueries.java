package com.example.legacy;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Root;

/** The JPA Criteria API that Hibernate 6 keeps: a near miss that must stay silent. */
public class JpaOrderQueries {

    private final EntityManager entityManager;

    public JpaOrderQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<LegacyOrderDao.PurchaseOrder> openOrders() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<LegacyOrderDao.PurchaseOrder> query = cb.createQuery(LegacyOrderDao.PurchaseOrder.class);
        Root<LegacyOrderDao.PurchaseOrder> order = query.from(LegacyOrderDao.PurchaseOrder.class);
        return entityManager.createQuery(query.select(order).where(cb.equal(order.get("status"), "OPEN")))
                .getResultList();
    }
}
