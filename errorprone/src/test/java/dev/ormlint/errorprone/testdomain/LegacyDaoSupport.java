package dev.ormlint.errorprone.testdomain;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** A DAO base class of another module: on the class path of the compilations that extend it. */
public abstract class LegacyDaoSupport {

    private SessionFactory sessionFactory;

    protected Session session() {
        return sessionFactory.getCurrentSession();
    }
}
