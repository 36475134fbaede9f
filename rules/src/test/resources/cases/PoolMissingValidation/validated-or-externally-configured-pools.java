package com.acme.config;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

class Fine {
    private boolean testFlag;

    HikariDataSource hikariAlwaysValidates() {
        return new HikariDataSource();
    }

    DataSource tomcatTested() {
        DataSource ds = new DataSource();
        ds.setTestOnBorrow(true);
        ds.setValidationQuery("SELECT 1");
        return ds;
    }

    DataSource tomcatTestedOnBorrowAndWhileIdle() {
        PoolProperties p = new PoolProperties();
        p.setTestOnBorrow(true);
        p.setTestWhileIdle(true);
        return new DataSource(p);
    }

    DataSource tomcatOnAnEmbeddedDatabase() {
        DataSource ds = new DataSource();
        ds.setUrl("jdbc:h2:mem:shop");
        return ds;
    }

    BasicDataSource dbcpOnAnEmbeddedDatabase() {
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl("jdbc:hsqldb:mem:testdb");
        ds.setTestOnBorrow(false);
        return ds;
    }

    DataSource tomcatWithPropertiesBuiltElsewhere(PoolProperties properties) {
        DataSource ds = new DataSource();
        ds.setPoolProperties(properties);
        return ds;
    }

    BasicDataSource dbcpDefaultsValidate() {
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl("jdbc:mysql://db/shop");
        return ds;
    }

    ComboPooledDataSource c3p0TestedOnCheckout() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setTestConnectionOnCheckout(true);
        return ds;
    }

    ComboPooledDataSource c3p0TestedWhileIdle() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setIdleConnectionTestPeriod(300);
        ds.setTestConnectionOnCheckin(true);
        return ds;
    }

    ComboPooledDataSource c3p0Unknown() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setTestConnectionOnCheckout(testFlag);
        return ds;
    }

    ComboPooledDataSource c3p0NamedConfiguration() {
        return new ComboPooledDataSource("shop");
    }
}
