package dev.ormlint.analyzer.java;

import java.util.List;

/**
 * The ORM and JDBC calls that method summaries and rules both follow, in one place so that a rule
 * and the summary it reads agree on what saves an entity or opens a connection.
 */
public final class OrmCalls {

    /** Calls that hand an entity (their last argument) to the persistence context. */
    public static final List<MethodMatcher> SAVES = List.of(
            MethodMatcher.instanceMethod("org.hibernate.Session#save|persist|saveOrUpdate|merge(..)"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#persist|merge(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#persist|merge(..)"),
            MethodMatcher.instanceMethod(
                    "org.springframework.data.repository.Repository#save|saveAndFlush|saveAll|saveAllAndFlush(..)"));
    /**
     * Calls that write an entity already loaded (their last argument) back: an UPDATE at flush when
     * it changed. {@code Session.update} belongs here only: it never inserts.
     */
    public static final List<MethodMatcher> UPDATES = List.of(
            MethodMatcher.instanceMethod("org.hibernate.Session#update|saveOrUpdate|merge(..)"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManager#merge(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManager#merge(..)"),
            MethodMatcher.instanceMethod("org.springframework.data.repository.Repository#save|saveAndFlush(..)"));
    /** Calls that take a new connection from the pool. */
    public static final List<MethodMatcher> NEW_CONNECTIONS = List.of(
            MethodMatcher.instanceMethod("javax.sql.DataSource#getConnection(..)"),
            MethodMatcher.staticMethod("java.sql.DriverManager#getConnection(..)"));
    /** Calls that open a new session or entity manager, on a connection of its own. */
    public static final List<MethodMatcher> NEW_SESSIONS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SessionFactory#openSession|openStatelessSession()"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManagerFactory#createEntityManager(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManagerFactory#createEntityManager(..)"));

    private OrmCalls() {
    }
}
