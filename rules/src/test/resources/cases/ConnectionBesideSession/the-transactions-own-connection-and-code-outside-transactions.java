package com.acme;

import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

class ReportService {
    private SessionFactory sessionFactory;
    private DataSource dataSource;
    private TransactionAwareDataSourceProxy transactionAware;
    private ExecutorService executor;

    @Transactional
    public void boundConnections() throws Exception {
        Connection bound = DataSourceUtils.getConnection(dataSource);
        Connection proxied = transactionAware.getConnection();
        sessionFactory.getCurrentSession().doWork(connection -> connection.setReadOnly(true));
    }

    public void noTransaction() throws Exception {
        dataSource.getConnection().close();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ownTransaction() throws Exception {
        dataSource.getConnection().close();
    }

    @Transactional
    public void onAnotherThread() {
        executor.submit(() -> {
            dataSource.getConnection().close();
            return null;
        });
    }

    void afterCommit(Session session) throws Exception {
        Transaction tx = session.beginTransaction();
        tx.commit();
        dataSource.getConnection().close();
    }
}
