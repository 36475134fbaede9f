package shop;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.criterion.Order;
import org.hibernate.criterion.Restrictions;

/** Legacy Criteria queries, written for Hibernate 5; the project already depends on Hibernate 6. */
public class OrderQueries {

    private final Session session;

    public OrderQueries(Session session) {
        this.session = session;
    }

    @SuppressWarnings("unchecked")
    public List<shop.Order> openOrders(int minimumTotal) {
        return session.createCriteria(shop.Order.class)
                .add(Restrictions.eq("status", "OPEN"))
                .add(Restrictions.ge("total", minimumTotal))
                .addOrder(Order.desc("total"))
                .list();
    }
}
