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

    DataSource tomcatTestedWhileIdle() {
        PoolProperties p = new PoolProperties();
        p.setTestOnBorrow(false);
        p.setTestWhileIdle(true);
        return new DataSource(p);
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
