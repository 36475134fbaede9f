package com.acme.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

class EmbeddedPools {
    private static final String H2_FILE = "jdbc:h2:file:./data/shop";

    DataSource hsqldbInMemory() {
        BasicDataSource dataSource = new BasicDataSource();
        dataSource.setUrl("jdbc:hsqldb:mem:testdb");
        dataSource.setUsername("sa");
        return dataSource;
    }

    DataSource h2FileThroughAConstant() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(H2_FILE);
        return new HikariDataSource(config);
    }

    DataSource derbyEmbedded() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:derby:memory:shop;create=true");
        return dataSource;
    }

    PoolProperties tomcatOnH2() {
        PoolProperties properties = new PoolProperties();
        properties.setUrl("jdbc:h2:mem:shop");
        return properties;
    }

    DataSource h2Server() {
        // BUG: Diagnostic contains: Commons DBCP2 pool `new BasicDataSource()` sets no maximum connection lifetime
        BasicDataSource dataSource = new BasicDataSource();
        dataSource.setUrl("jdbc:h2:tcp://db/shop");
        return dataSource;
    }

    DataSource hsqldbServer() {
        // BUG: Diagnostic contains: HikariCP pool `new HikariDataSource()` does not set maxLifetime
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:hsqldb:hsql://db/shop");
        return dataSource;
    }
}
