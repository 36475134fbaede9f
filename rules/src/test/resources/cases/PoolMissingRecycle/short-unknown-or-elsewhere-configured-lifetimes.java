package com.acme.config;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.tomcat.jdbc.pool.DataSource;

class Quiet {
    private long lifetimeFromEnvironment;

    HikariDataSource shortEnough() {
        HikariDataSource ds = new HikariDataSource();
        ds.setMaxLifetime(TimeUnit.MINUTES.toMillis(25));
        return ds;
    }

    HikariDataSource unknownValue() {
        HikariDataSource ds = new HikariDataSource();
        ds.setMaxLifetime(lifetimeFromEnvironment);
        return ds;
    }

    HikariDataSource fromProperties(Properties properties) {
        return new HikariDataSource(new HikariConfig(properties));
    }

    HikariConfig baseConfig() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://db/shop");
        return config;
    }

    HikariDataSource configuredByHelper() {
        HikariConfig config = new HikariConfig();
        tune(config);
        return new HikariDataSource(config);
    }

    DataSource tomcatWithMaxAge() {
        DataSource ds = new DataSource();
        ds.setMaxAge(20 * 60 * 1000);
        return ds;
    }

    ComboPooledDataSource c3p0WithIdleTime() {
        ComboPooledDataSource ds = new ComboPooledDataSource();
        ds.setMaxIdleTime(600);
        return ds;
    }

    private void tune(HikariConfig config) {
        config.setMaxLifetime(600_000);
    }
}
