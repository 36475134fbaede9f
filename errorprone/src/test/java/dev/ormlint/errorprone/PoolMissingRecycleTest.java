package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import org.junit.jupiter.api.Test;

/** Pools built in Java code; the rule's configuration-file side never runs inside javac. */
class PoolMissingRecycleTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(PoolMissingRecycle.class, getClass());

    @Test
    void hikariWithoutMaxLifetimeOrWithZeroTooShortOrTooLong() {
        helper.addSourceLines("com/acme/config/PoolConfig.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariConfig;
                import com.zaxxer.hikari.HikariDataSource;
                import java.util.concurrent.TimeUnit;
                import javax.sql.DataSource;

                class PoolConfig {
                    DataSource unset() {
                        // BUG: Diagnostic contains: HikariCP pool `new HikariConfig()` does not set maxLifetime, so connections live for HikariCP's 30-minute default
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

                    DataSource tooLong() {
                        HikariConfig config = new HikariConfig();
                        // BUG: Diagnostic contains: keeps connections for 45 min (setMaxLifetime), longer than the 30 min limit
                        config.setMaxLifetime(TimeUnit.MINUTES.toMillis(45));
                        return new HikariDataSource(config);
                    }

                    DataSource secondsMistakenForMillis() {
                        HikariDataSource ds = new HikariDataSource();
                        // BUG: Diagnostic contains: to 1800 ms, below HikariCP's 30-second minimum
                        ds.setMaxLifetime(1800);
                        return ds;
                    }
                }
                """).doTest();
    }

    @Test
    void tomcatDbcp2AndC3p0WithoutMaximumAge() {
        helper.addSourceLines("com/acme/config/OtherPools.java", """
                package com.acme.config;

                import com.mchange.v2.c3p0.ComboPooledDataSource;
                import org.apache.commons.dbcp2.BasicDataSource;
                import org.apache.tomcat.jdbc.pool.DataSource;
                import org.apache.tomcat.jdbc.pool.PoolProperties;

                class OtherPools {
                    DataSource tomcat() {
                        // BUG: Diagnostic contains: Tomcat JDBC pool `new PoolProperties()` sets no maximum connection lifetime, so connections are never retired
                        PoolProperties p = new PoolProperties();
                        p.setUrl("jdbc:mysql://db/shop");
                        return new DataSource(p);
                    }

                    BasicDataSource dbcp2() {
                        // BUG: Diagnostic contains: Commons DBCP2 pool `new BasicDataSource()` sets no maximum connection lifetime
                        BasicDataSource ds = new BasicDataSource();
                        ds.setUrl("jdbc:mysql://db/shop");
                        return ds;
                    }

                    ComboPooledDataSource c3p0() {
                        ComboPooledDataSource ds = new ComboPooledDataSource();
                        // BUG: Diagnostic contains: c3p0 pool `new ComboPooledDataSource()` keeps connections for 120 min (setMaxConnectionAge)
                        ds.setMaxConnectionAge(7200);
                        return ds;
                    }
                }
                """).doTest();
    }

    @Test
    void shortLifetimesUnknownValuesAndPoolsConfiguredElsewhereStaySilent() {
        helper.addSourceLines("com/acme/config/Quiet.java", """
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
                """).expectNoDiagnostics().doTest();
    }

    @Test
    void poolsInTestSourcesStaySilent() {
        helper.addSourceLines("src/test/java/com/acme/config/PoolsForTests.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariDataSource;

                class PoolsForTests {
                    HikariDataSource embedded() {
                        HikariDataSource ds = new HikariDataSource();
                        ds.setJdbcUrl("jdbc:h2:mem:test");
                        return ds;
                    }
                }
                """).expectNoDiagnostics().doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/config/Legacy.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariDataSource;

                class Legacy {
                    @SuppressWarnings("PoolMissingRecycle")
                    HikariDataSource errorProneName() {
                        return new HikariDataSource();
                    }

                    @SuppressWarnings("ormlint:PoolMissingRecycle")
                    HikariDataSource ormlintName() {
                        return new HikariDataSource();
                    }

                    @SuppressWarnings({"PoolMissingValidation", "ormlint:PoolMissingValidation"})
                    HikariDataSource otherRuleSuppressed() {
                        // BUG: Diagnostic contains: [PoolMissingRecycle] HikariCP pool `new HikariDataSource()` does not set maxLifetime
                        return new HikariDataSource();
                    }

                    @SuppressWarnings("ormlint:PoolMissingRecycle")
                    static class Pools {
                        HikariDataSource inSuppressedClass() {
                            return new HikariDataSource();
                        }
                    }
                }
                """).doTest();
    }

    /** Both pool checkers read one shared analysis of the unit; each reports and is suppressed on its own. */
    @Test
    void besidePoolMissingValidationInOneCompilation() {
        CompilationTestHelper.newInstance(
                        ScannerSupplier.fromBugCheckerClasses(PoolMissingRecycle.class, PoolMissingValidation.class), getClass())
                .addSourceLines("com/acme/config/C3p0Pools.java", """
                package com.acme.config;

                import com.mchange.v2.c3p0.ComboPooledDataSource;

                class C3p0Pools {
                    ComboPooledDataSource both() {
                        // BUG: Diagnostic contains: [PoolMissingValidation] c3p0 pool `new ComboPooledDataSource()` never tests
                        ComboPooledDataSource ds = new ComboPooledDataSource();
                        // BUG: Diagnostic contains: [PoolMissingRecycle] c3p0 pool `new ComboPooledDataSource()` keeps connections for 120 min
                        ds.setMaxConnectionAge(7200);
                        return ds;
                    }

                    @SuppressWarnings("PoolMissingRecycle")
                    ComboPooledDataSource validationOnly() {
                        // BUG: Diagnostic contains: [PoolMissingValidation]
                        ComboPooledDataSource ds = new ComboPooledDataSource();
                        ds.setMaxConnectionAge(7200);
                        return ds;
                    }
                }
                """).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:PoolMissingRecycle:OFF")
                .addSourceLines("com/acme/config/Legacy.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariDataSource;

                class Legacy {
                    HikariDataSource pool() {
                        return new HikariDataSource();
                    }
                }
                """).doTest();
    }
}
