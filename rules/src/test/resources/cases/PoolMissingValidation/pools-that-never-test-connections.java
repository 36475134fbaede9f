package com.acme.config;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

class Pools {
    private static final boolean VALIDATE = false;

    DataSource tomcatDefaults() {
        // BUG: Diagnostic contains: Tomcat JDBC pool `new DataSource()` never sets testOnBorrow, which defaults to false
        DataSource ds = new DataSource();
        ds.setUrl("jdbc:mysql://db/shop");
        return ds;
    }

    DataSource tomcatSwitchedOff() {
        PoolProperties p = new PoolProperties();
        // BUG: Diagnostic contains: `p.setTestOnBorrow(VALIDATE)` switches off the Tomcat JDBC pool's connection check on borrow
        p.setTestOnBorrow(VALIDATE);
        return new DataSource(p);
    }

    DataSource tomcatTestedOnlyWhileIdle() {
        PoolProperties p = new PoolProperties();
        // BUG: Diagnostic contains: `p.setTestOnBorrow(false)` switches off the Tomcat JDBC pool's connection check on borrow (testWhileIdle tests idle connections only when the pool cleaner runs
        p.setTestOnBorrow(false);
        p.setTestWhileIdle(true);
        return new DataSource(p);
    }

    DataSource tomcatIdleTestInsteadOfBorrowTest() {
        // BUG: Diagnostic contains: never sets testOnBorrow, which defaults to false outside Spring Boot's auto-configuration (testWhileIdle tests idle connections only
        DataSource ds = new DataSource();
        ds.setUrl("jdbc:postgresql://db/shop");
        ds.setTestWhileIdle(true);
        return ds;
    }

    BasicDataSource dbcpSwitchedOff() {
        BasicDataSource ds = new BasicDataSource();
        // BUG: Diagnostic contains: `ds.setTestOnBorrow(false)` switches off DBCP2's connection check on borrow (on by default)
        ds.setTestOnBorrow(false);
        return ds;
    }

    ComboPooledDataSource c3p0Defaults() {
        // BUG: Diagnostic contains: c3p0 pool `new ComboPooledDataSource()` never tests its connections
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setJdbcUrl("jdbc:mysql://db/shop");
        ds.setIdleConnectionTestPeriod(0);
        return ds;
    }
}
