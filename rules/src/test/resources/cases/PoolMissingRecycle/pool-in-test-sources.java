package com.acme.config;

import com.zaxxer.hikari.HikariDataSource;

class PoolsForTests {
    HikariDataSource embedded() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:mem:test");
        return ds;
    }
}
