package com.acme.config;

import org.apache.tomcat.jdbc.pool.DataSource;

class PoolsForTests {
    DataSource embedded() {
        DataSource ds = new DataSource();
        ds.setUrl("jdbc:h2:mem:test");
        return ds;
    }
}
