package com.acme.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

class PoolConfig {
    private static final long ONE_HOUR = 60 * 60 * 1000L;

    DataSource unset() {
        // BUG: Diagnostic contains: HikariCP pool `new HikariConfig()` does not set maxLifetime, so HikariCP retires connections after its 30-minute default
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://db/shop");
        return new HikariDataSource(config);
    }

    DataSource zero() {
        HikariDataSource ds = new HikariDataSource();
        // BUG: Diagnostic contains: sets setMaxLifetime to 0 ms, which means connections are never retired
        ds.setMaxLifetime(0);
        return ds;
    }

    DataSource constant() {
        HikariDataSource ds = new HikariDataSource();
        // BUG: Diagnostic contains: keeps connections for 60 min (setMaxLifetime), longer than the 30 min limit
        ds.setMaxLifetime(ONE_HOUR);
        return ds;
    }

    DataSource timeUnit() {
        HikariConfig config = new HikariConfig();
        // BUG: Diagnostic contains: keeps connections for 45 min (setMaxLifetime), longer than the 30 min limit
        config.setMaxLifetime(TimeUnit.MINUTES.toMillis(45));
        return new HikariDataSource(config);
    }

    DataSource returnedDirectly() {
        // BUG: Diagnostic contains: HikariCP pool `new HikariDataSource()` does not set maxLifetime
        return new HikariDataSource();
    }

    DataSource secondsMistakenForMillis() {
        HikariDataSource ds = new HikariDataSource();
        // BUG: Diagnostic contains: to 1800 ms, below HikariCP's 30-second minimum, so HikariCP replaces it with its 30-minute default
        ds.setMaxLifetime(1800);
        return ds;
    }

    DataSource fine() {
        HikariConfig config = new HikariConfig();
        config.setMaxLifetime(Duration.ofMinutes(25).toMillis());
        return new HikariDataSource(config);
    }

    DataSource fineArithmetic() {
        HikariDataSource ds = new HikariDataSource();
        ds.setMaxLifetime(29 * 60 * 1000);
        return ds;
    }
}
