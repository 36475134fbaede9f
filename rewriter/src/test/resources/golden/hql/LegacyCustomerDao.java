package com.example.shop.legacy;

import com.example.shop.domain.Customer;
import java.util.List;
import org.hibernate.Criteria;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.criterion.DetachedCriteria;
import org.hibernate.criterion.Restrictions;

/** A Hibernate 5 DAO still on the legacy Criteria API. */
public class LegacyCustomerDao {

    private final SessionFactory sessionFactory;

    public LegacyCustomerDao(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @SuppressWarnings("unchecked")
    public List<Customer> findActive() {
        return session().createQuery("select c from Customer c where c.active = :active order by c.name asc", Customer.class)
                .setParameter("active", true)
                .list();
    }

    @SuppressWarnings("unchecked")
    public List<Customer> search(String name, String email) {
        Criteria criteria = sessionFactory.getCurrentSession().createCriteria(Customer.class);
        if (name != null) {
            criteria.add(Restrictions.ilike("name", name));
        }
        if (email != null) {
            criteria.add(Restrictions.eq("email", email));
        }
        return criteria.list();
    }

    public DetachedCriteria activeIds() {
        return DetachedCriteria.forClass(Customer.class).add(Restrictions.eq("active", true));
    }

    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
    public Customer byEmail(String email) {
        return (Customer) session().createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email)
                .uniqueResult();
    }
}
