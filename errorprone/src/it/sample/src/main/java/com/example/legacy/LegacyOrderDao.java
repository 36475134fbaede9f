package com.example.legacy;

import java.util.List;
import org.hibernate.Criteria;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.criterion.DetachedCriteria;
import org.hibernate.criterion.Order;
import org.hibernate.criterion.Restrictions;

/** A Hibernate 5 DAO on the legacy Criteria API, compiled with the ormlint Error Prone plugin. */
public class LegacyOrderDao {

    private final SessionFactory sessionFactory;

    public LegacyOrderDao(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @SuppressWarnings("unchecked")
    public List<Object> openOrders() {
        return session().createCriteria(PurchaseOrder.class)
                .add(Restrictions.eq("status", "OPEN"))
                .addOrder(Order.desc("placedAt"))
                .list();
    }

    @SuppressWarnings("unchecked")
    public List<Object> search(String customer) {
        Criteria criteria = sessionFactory.getCurrentSession().createCriteria(PurchaseOrder.class);
        if (customer != null) {
            criteria.add(Restrictions.eq("customer", customer));
        }
        return criteria.list();
    }

    public DetachedCriteria openIds() {
        return DetachedCriteria.forClass(PurchaseOrder.class).add(Restrictions.eq("status", "OPEN"));
    }

    @SuppressWarnings("LegacyCriteriaQuery")
    public Object byNumber(String number) {
        return session().createCriteria(PurchaseOrder.class)
                .add(Restrictions.eq("number", number))
                .uniqueResult();
    }

    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
    public Object byId(long id) {
        return session().createCriteria(PurchaseOrder.class)
                .add(Restrictions.idEq(id))
                .uniqueResult();
    }

    /** Not an entity, just something to query. */
    public static class PurchaseOrder {
    }
}
