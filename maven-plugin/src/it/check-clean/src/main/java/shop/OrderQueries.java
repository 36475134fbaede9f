package shop;

import java.util.List;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Root;
import org.hibernate.Session;

public class OrderQueries {

    private final Session session;

    public OrderQueries(Session session) {
        this.session = session;
    }

    public List<Order> openOrders() {
        CriteriaBuilder cb = session.getCriteriaBuilder();
        CriteriaQuery<Order> cq = cb.createQuery(Order.class);
        Root<Order> root = cq.from(Order.class);
        cq.select(root).where(cb.equal(root.get("status"), "OPEN"));
        return session.createQuery(cq).getResultList();
    }

    /** Not Hibernate's Criteria: a method of the same name on an unrelated type. */
    public Object createCriteria(Class<?> type) {
        return type;
    }

    public Object near() {
        return createCriteria(Order.class);
    }
}
