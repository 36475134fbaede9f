package com.acme.config;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import java.time.Duration;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

class OtherPools {
    Object tomcat() {
        // BUG: Diagnostic contains: Tomcat JDBC pool `new PoolProperties()` sets no maximum connection lifetime, so connections are never retired
        PoolProperties p = new PoolProperties();
        p.setUrl("jdbc:mysql://db/shop");
        return new org.apache.tomcat.jdbc.pool.DataSource(p);
    }

    Object tomcatWithMaxAge() {
        PoolProperties p = new PoolProperties();
        p.setMaxAge(600_000);
        return new org.apache.tomcat.jdbc.pool.DataSource(p);
    }

    Object dbcp() {
        // BUG: Diagnostic contains: Commons DBCP2 pool `new BasicDataSource()` sets no maximum connection lifetime
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl("jdbc:mysql://db/shop");
        return ds;
    }

    Object dbcpWithMaxConn() {
        BasicDataSource ds = new BasicDataSource();
        ds.setMaxConn(Duration.ofMinutes(20));
        return ds;
    }

    Object dbcpWithNegativeMillis() {
        BasicDataSource ds = new BasicDataSource();
        // BUG: Diagnostic contains: sets setMaxConnLifetimeMillis to -1 ms
        ds.setMaxConnLifetimeMillis(-1);
        return ds;
    }

    Object c3p0() {
        // BUG: Diagnostic contains: c3p0 pool
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setJdbcUrl("jdbc:mysql://db/shop");
        return ds;
    }

    Object c3p0TooLong() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        // BUG: Diagnostic contains: c3p0 pool `new ComboPooledDataSource()` keeps connections for 120 min (setMaxConnectionAge)
        ds.setMaxConnectionAge(7200);
        return ds;
    }

    Object c3p0WithIdleTime() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setMaxIdleTime(300);
        return ds;
    }

    Object c3p0FromNamedConfig() {
        return new ComboPooledDataSource("shop");
    }
}
