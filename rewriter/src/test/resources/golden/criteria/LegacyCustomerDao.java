package com.example.shop.legacy;

import com.example.shop.domain.Customer;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.criterion.DetachedCriteria;
import org.hibernate.criterion.Restrictions;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Locale;

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
        CriteriaBuilder cb = session().getCriteriaBuilder();
        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
        Root<Customer> root = cq.from(Customer.class);
        cq.select(root).where(cb.equal(root.get("active"), true)).orderBy(cb.asc(root.get("name")));
        return session().createQuery(cq).list();
    }

    @SuppressWarnings("unchecked")
    public List<Customer> search(String name, String email) {
        CriteriaBuilder cb = sessionFactory.getCurrentSession().getCriteriaBuilder();
        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
        Root<Customer> root = cq.from(Customer.class);
        List<Predicate> predicates = new ArrayList<>();
        if (name != null) {
            predicates.add(cb.like(cb.lower(root.<String>get("name")), name.toLowerCase(Locale.ROOT)));
        }
        if (email != null) {
            predicates.add(cb.equal(root.get("email"), email));
        }
        cq.select(root).where(predicates.toArray(new Predicate[0]));
        return sessionFactory.getCurrentSession().createQuery(cq).list();
    }

    public DetachedCriteria activeIds() {
        return DetachedCriteria.forClass(Customer.class).add(Restrictions.eq("active", true));
    }

    @SuppressWarnings("ormlint:LegacyCriteriaQuery")
    public Customer byEmail(String email) {
        CriteriaBuilder cb = session().getCriteriaBuilder();
        CriteriaQuery<Customer> cq = cb.createQuery(Customer.class);
        Root<Customer> root = cq.from(Customer.class);
        cq.select(root).where(cb.equal(root.get("email"), email));
        return (Customer) session().createQuery(cq).uniqueResult();
    }
}
