package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.junit.jupiter.api.Test;

/**
 * The pool defaults that PoolMissingRecycle and PoolMissingValidation state in their messages and
 * doc pages, read from the pools themselves (the versions pinned in the parent pom).
 */
class PoolLibraryDefaultsTest {

    @Test
    void hikariRetiresConnectionsAfterThirtyMinutesByDefault() {
        assertThat(Duration.ofMillis(new HikariConfig().getMaxLifetime())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void hikariKeepsIdleConnectionsAliveEveryTwoMinutesByDefault() {
        assertThat(Duration.ofMillis(new HikariConfig().getKeepaliveTime())).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void hikariReplacesAMaxLifetimeBelowThirtySecondsWithItsDefault() {
        HikariConfig config = validated(Duration.ofSeconds(29).toMillis());

        assertThat(Duration.ofMillis(config.getMaxLifetime())).isEqualTo(Duration.ofMinutes(30));
        assertThat(validated(Duration.ofSeconds(30).toMillis()).getMaxLifetime()).isEqualTo(30_000);
    }

    @Test
    void hikariKeepsAZeroMaxLifetimeWhichMeansNever() {
        assertThat(validated(0).getMaxLifetime()).isZero();
    }

    @Test
    void tomcatJdbcNeitherTestsOnBorrowNorRetiresConnectionsByDefault() {
        PoolProperties defaults = new PoolProperties();

        assertThat(defaults.isTestOnBorrow()).isFalse();
        assertThat(defaults.getMaxAge()).isZero();
    }

    @Test
    void tomcatJdbcTestsIdleConnectionsOnlyOnItsCleanerRuns() {
        PoolProperties defaults = new PoolProperties();

        assertThat(defaults.isTestWhileIdle()).isFalse();
        assertThat(defaults.getTimeBetweenEvictionRunsMillis()).isEqualTo(5_000);
    }

    @Test
    void dbcp2TestsOnBorrowButNeverRetiresConnectionsByDefault() throws SQLException {
        try (BasicDataSource defaults = new BasicDataSource()) {
            assertThat(defaults.getTestOnBorrow()).isTrue();
            assertThat(defaults.getMaxConnDuration()).isNegative();
        }
    }

    private static HikariConfig validated(long maxLifetime) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://db/shop");
        config.setMaxLifetime(maxLifetime);
        config.validate();
        return config;
    }
}
