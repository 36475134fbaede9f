package shop;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.criterion.Restrictions;

public class OrderQueries {

    private final Session session;

    public OrderQueries(Session session) {
        this.session = session;
    }

    public List<?> openOrders() {
        return session.createCriteria(Order.class).add(Restrictions.eq("status", "OPEN")).list();
    }
}
