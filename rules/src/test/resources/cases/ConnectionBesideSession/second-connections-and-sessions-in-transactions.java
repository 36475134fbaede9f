package com.acme;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

class OrderService {
    private SessionFactory sessionFactory;
    private DataSource dataSource;
    private TransactionTemplate transactions;

    @Transactional
    public void place() throws Exception {
        // BUG: Diagnostic contains: `dataSource.getConnection()` in `@Transactional` method `place` takes a second pooled connection with a second transaction
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("insert into audit values (1)");
        }
    }

    @Transactional
    public void archive() {
        // BUG: Diagnostic contains: `sessionFactory.openSession()` in `@Transactional` method `archive` opens a second session
        Session other = sessionFactory.openSession();
        other.close();
    }

    void programmatic(Session session) throws Exception {
        Transaction tx = session.beginTransaction();
        // BUG: Diagnostic contains: `DriverManager.getConnection(...)` after `session.beginTransaction()` and before its commit
        DriverManager.getConnection("jdbc:h2:mem:audit").close();
        tx.commit();
    }

    void callback() {
        transactions.executeWithoutResult(status -> {
            // BUG: Diagnostic contains: in the `executeWithoutResult` callback
            try (Connection c = dataSource.getConnection()) {
                c.setReadOnly(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
