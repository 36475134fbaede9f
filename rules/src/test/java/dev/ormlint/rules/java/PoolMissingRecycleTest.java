package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormlint.analyzer.Finding;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class PoolMissingRecycleTest {

    private final RuleTester tester = RuleTester.of(new PoolMissingRecycle());

    @Test
    void hikariWithoutMaxLifetimeOrWithZeroOrTooLong() {
        tester.addSource("com/acme/config/PoolConfig.java",
                        Cases.read("PoolMissingRecycle", "hikari-without-max-lifetime-or-with-zero-too-short-or-too-long"))
                .expectMarkedFindings();
    }

    @Test
    void hikariLeftAtItsDefaultIsInfoWhileNeverOrTooLongIsAWarning() {
        ScanResult result = tester.addSource("com/acme/config/PoolConfig.java",
                        Cases.read("PoolMissingRecycle", "hikari-without-max-lifetime-or-with-zero-too-short-or-too-long"))
                .scan();

        assertThat(result.findings()).extracting(f -> f.range().startLine() + " " + f.severity().label())
                .containsExactly("14 info", "22 warning", "29 warning", "36 warning", "42 info", "48 warning");
        assertThat(result.findings().get(0).fixHint()).startsWith("Find the shortest connection time limit");
    }

    @Test
    void poolsOnEmbeddedDatabasesStaySilentWhileServerModesAreReported() {
        tester.addSource("src/main/java/com/acme/config/EmbeddedPools.java",
                        Cases.read("PoolMissingRecycle", "pools-on-embedded-or-server-databases"))
                .expectMarkedFindings();
    }

    @Test
    void urlPlaceholdersAreResolvedInTheProjectsProperties() {
        tester.addSource("batch/src/main/resources/org/acme/remote/remote.properties", """
                        datasource.url=jdbc:hsqldb:mem:testdb
                        """)
                .addSource("batch/src/main/java/org/acme/remote/DataSourceConfiguration.java", """
                        package org.acme.remote;

                        import javax.sql.DataSource;
                        import org.apache.commons.dbcp2.BasicDataSource;
                        import org.springframework.beans.factory.annotation.Value;
                        import org.springframework.context.annotation.PropertySource;

                        @PropertySource("classpath:org/acme/remote/remote.properties")
                        class DataSourceConfiguration {
                            @Value("${datasource.url}")
                            private String url;

                            DataSource dataSource() {
                                BasicDataSource dataSource = new BasicDataSource();
                                dataSource.setUrl(url);
                                return dataSource;
                            }
                        }
                        """)
                .addSource("app/src/main/resources/application.yml", """
                        app:
                          db-url: jdbc:h2:mem:app
                          report-url: jdbc:postgresql://db/reports
                        """)
                .addSource("app/src/main/java/com/acme/app/Pools.java", """
                        package com.acme.app;

                        import com.zaxxer.hikari.HikariDataSource;
                        import org.springframework.beans.factory.annotation.Value;
                        import org.springframework.core.env.Environment;

                        class Pools {
                            HikariDataSource app(@Value("${app.db-url}") String url) {
                                HikariDataSource ds = new HikariDataSource();
                                ds.setJdbcUrl(url);
                                return ds;
                            }

                            HikariDataSource withDefault(@Value("${cache.url:jdbc:h2:mem:cache}") String url) {
                                HikariDataSource ds = new HikariDataSource();
                                ds.setJdbcUrl(url);
                                return ds;
                            }

                            HikariDataSource fromEnvironment(Environment environment) {
                                HikariDataSource ds = new HikariDataSource();
                                ds.setJdbcUrl(environment.getProperty("app.db-url"));
                                return ds;
                            }

                            HikariDataSource reports(@Value("${app.report-url}") String url) {
                                // BUG: Diagnostic contains: does not set maxLifetime
                                HikariDataSource ds = new HikariDataSource();
                                ds.setJdbcUrl(url);
                                return ds;
                            }

                            HikariDataSource unset(@Value("${app.nowhere}") String url) {
                                // BUG: Diagnostic contains: does not set maxLifetime
                                HikariDataSource ds = new HikariDataSource();
                                ds.setJdbcUrl(url);
                                return ds;
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    @Test
    void poolsBuiltWithSpringBootsDataSourceBuilder() {
        ScanResult result = tester.addSource("src/main/java/com/acme/config/DataConfiguration.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariDataSource;
                import javax.sql.DataSource;
                import org.apache.commons.dbcp2.BasicDataSource;
                import org.springframework.boot.context.properties.ConfigurationProperties;
                import org.springframework.boot.jdbc.DataSourceBuilder;

                class DataConfiguration {
                    private String url;

                    HikariDataSource tunedAfterwards() {
                        // BUG: Diagnostic contains: HikariCP pool `DataSourceBuilder.create().type(HikariDataSource.class)...build()` does not set maxLifetime
                        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                                .url(url)
                                .build();
                        dataSource.setMaximumPoolSize(20);
                        return dataSource;
                    }

                    DataSource bootsDefaultPool() {
                        // BUG: Diagnostic contains: HikariCP pool `DataSourceBuilder.create()...build()` does not set maxLifetime
                        return DataSourceBuilder.create().url(url).build();
                    }

                    DataSource dbcp2() {
                        // BUG: Diagnostic contains: Commons DBCP2 pool `DataSourceBuilder.create().type(BasicDataSource.class)...build()` sets no maximum connection lifetime
                        return DataSourceBuilder.create().type(BasicDataSource.class).url(url).build();
                    }

                    HikariDataSource retired() {
                        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class).build();
                        dataSource.setMaxLifetime(1_200_000);
                        return dataSource;
                    }

                    DataSource embedded() {
                        return DataSourceBuilder.create().url("jdbc:h2:mem:shop").build();
                    }

                    @ConfigurationProperties("spring.datasource.hikari")
                    DataSource boundByBoot() {
                        return DataSourceBuilder.create().build();
                    }

                    DataSource notAPoolWeKnow() {
                        return DataSourceBuilder.create().type(com.alibaba.druid.pool.DruidDataSource.class).build();
                    }
                }
                """).addSource("src/main/java/com/acme/other/Builders.java", """
                package com.acme.other;

                import javax.sql.DataSource;

                class Builders {
                    DataSource notSpringsBuilder(DataSourceBuilder builder) {
                        return DataSourceBuilder.create().build();
                    }
                }
                """).expectMarkedFindings();

        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.INFO, Severity.WARNING);
    }

    @Test
    void fieldsAssignedInConstructorsAndSetLater() {
        tester.addSource("com/acme/config/Pools.java", """
                package com.acme.config;

                import com.zaxxer.hikari.HikariDataSource;

                class Pools {
                    private final HikariDataSource configured;
                    // BUG: Diagnostic contains: does not set maxLifetime
                    private final HikariDataSource forgotten = new HikariDataSource();

                    Pools() {
                        this.configured = new HikariDataSource();
                        configured.setJdbcUrl("jdbc:postgresql://db/shop");
                    }

                    void tune() {
                        this.configured.setMaxLifetime(1_200_000L);
                        forgotten.setJdbcUrl("jdbc:postgresql://db/other");
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void otherPoolsWithoutMaxAge() {
        tester.addSource("com/acme/config/OtherPools.java",
                        Cases.read("PoolMissingRecycle", "other-pools-without-or-with-too-long-maximum-age"))
                .expectMarkedFindings();
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/config/Quiet.java",
                        Cases.read("PoolMissingRecycle", "short-unknown-or-elsewhere-configured-lifetimes"))
                // Spring Boot binds the pool's settings from configuration; Boot is not on the checker tests' classpath.
                .addSource("com/acme/config/BootBound.java", """
                        package com.acme.config;

                        import com.zaxxer.hikari.HikariDataSource;
                        import org.springframework.boot.context.properties.ConfigurationProperties;
                        import org.springframework.context.annotation.Bean;

                        class BootBound {
                            @Bean
                            @ConfigurationProperties("spring.datasource.hikari")
                            HikariDataSource boundByBoot() {
                                return new HikariDataSource();
                            }
                        }
                        """)
                .addSource("com/acme/other/HikariConfig.java", """
                package com.acme.other;

                public class HikariConfig {
                    static HikariConfig create() {
                        return new HikariConfig();
                    }
                }
                """)
                .expectNoFindings();
    }

    @Test
    void poolFieldExposedByAGetterIsConfiguredElsewhere() {
        tester.addSource("src/main/java/com/acme/db/PoolProperties.java", """
                package com.acme.db;

                import com.zaxxer.hikari.HikariDataSource;

                public class PoolProperties {
                    private final HikariDataSource dataSource;

                    private PoolProperties() {
                        dataSource = new HikariDataSource();
                        dataSource.setMaximumPoolSize(20);
                    }

                    public HikariDataSource getDataSource() {
                        return dataSource;
                    }
                }
                """).expectNoFindings();
    }

    @Test
    void poolsInTestSourcesAreIgnored() {
        tester.addSource("persistence/src/test/java/com/acme/config/PoolsForTests.java",
                        Cases.read("PoolMissingRecycle", "pool-in-test-sources"))
                .expectNoFindings();
    }

    @Test
    void limitIsAnOption() {
        tester.option("PoolMissingRecycle.maxLifetime", "20m").addSource("com/acme/Pool.java", """
                package com.acme;

                import com.zaxxer.hikari.HikariDataSource;

                class Pool {
                    HikariDataSource pool() {
                        HikariDataSource ds = new HikariDataSource();
                        // BUG: Diagnostic contains: keeps connections for 25 min (setMaxLifetime), longer than the 20 min limit
                        ds.setMaxLifetime(25 * 60_000);
                        return ds;
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void springBootYamlPerProfile() {
        ScanResult result = tester
                .addSource("src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:postgresql://db/shop
                            username: shop
                        ---
                        spring.config.activate.on-profile: tuned
                        spring.datasource.hikari.max-lifetime: 20m
                        """)
                .addSource("src/main/resources/application-prod.yml", """
                        spring:
                          datasource:
                            hikari:
                              maxLifetime: PT1H
                        """)
                .addSource("src/main/resources/application-batch.properties",
                        "spring.datasource.hikari.max_lifetime=${POOL_LIFETIME:0}\n")
                .addSource("src/main/resources/application-cloud.properties",
                        "spring.datasource.hikari.max-lifetime=${POOL_LIFETIME}\n")
                .scan();

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).extracting(PoolMissingRecycleTest::describe).containsExactly(
                "src/main/resources/application-batch.properties:1 `spring.datasource.hikari.max_lifetime`: the HikariCP "
                        + "pool sets spring.datasource.hikari.max_lifetime to 0 ms, which means connections are never retired",
                "src/main/resources/application-prod.yml:4 `spring.datasource.hikari.maxLifetime`: the HikariCP pool "
                        + "keeps connections for 60 min (spring.datasource.hikari.maxLifetime), longer than the 30 min limit",
                "src/main/resources/application.yml:3 `spring.datasource.url` sets up a HikariCP pool that does not set "
                        + "maxLifetime, so HikariCP retires connections after its 30-minute default, a limit chosen for "
                        + "no particular database or network");
        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.INFO);
        assertThat(result.findings().get(0).message()).endsWith("(profile: batch).");
        assertThat(result.findings().get(2).message()).endsWith("(profile: default).");
    }

    @Test
    void otherFrameworksAndPools() {
        ScanResult result = tester
                .addSource("quarkus/src/main/resources/application.properties", """
                        quarkus.datasource.db-kind=postgresql
                        quarkus.datasource.jdbc.url=jdbc:postgresql://db/shop
                        quarkus.datasource."audit".jdbc.url=jdbc:postgresql://db/audit
                        quarkus.datasource."audit".jdbc.max-lifetime=20M
                        %prod.quarkus.datasource.jdbc.max-lifetime=3600
                        """)
                .addSource("micronaut/src/main/resources/application.yml", """
                        datasources:
                          default:
                            url: jdbc:mysql://db/shop
                            max-lifetime: 1200000
                          reports:
                            url: jdbc:mysql://db/reports
                        """)
                .addSource("tomcat/src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.type=org.apache.tomcat.jdbc.pool.DataSource
                        spring.datasource.tomcat.max-age=0
                        """)
                .addSource("plain/src/main/resources/hibernate.properties", """
                        hibernate.connection.url=jdbc:mysql://db/shop
                        hibernate.c3p0.min_size=5
                        hibernate.c3p0.max_size=20
                        """)
                .addSource("plain/src/main/resources/META-INF/persistence.xml", """
                        <persistence>
                          <persistence-unit name="shop">
                            <properties>
                              <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://db/shop"/>
                              <property name="hibernate.hikari.maximumPoolSize" value="10"/>
                            </properties>
                          </persistence-unit>
                          <persistence-unit name="tuned">
                            <properties>
                              <property name="hibernate.hikari.maxLifetime" value="1200000"/>
                            </properties>
                          </persistence-unit>
                        </persistence>
                        """)
                .scan();

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine()).containsExactly(
                "micronaut/src/main/resources/application.yml:6",
                "plain/src/main/resources/META-INF/persistence.xml:5",
                "plain/src/main/resources/hibernate.properties:2",
                "quarkus/src/main/resources/application.properties:2",
                "quarkus/src/main/resources/application.properties:5",
                "tomcat/src/main/resources/application.properties:3");
        assertThat(result.findings().get(3).message()).contains("sets up an Agroal pool that sets no maximum connection lifetime")
                .endsWith("(profile: default).");
        assertThat(result.findings().get(4).message()).contains("keeps connections for 60 min").endsWith("(profile: prod).");
    }

    @Test
    void configNearMissesStaySilent() {
        tester.addSource("src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:h2:mem:shop
                        """)
                .addSource("service/src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}/shop
                        spring.datasource.hikari.max-lifetime=1800000
                        """)
                .addSource("service/src/test/resources/application.properties",
                        "spring.datasource.url=jdbc:postgresql://localhost/test\n")
                .addSource("dbcp/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.dbcp2.max-conn-lifetime-millis=${LIFETIME}
                        """)
                .addSource("druid/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:mysql://db/mall
                            druid:
                              max-active: 20
                        """)
                .addSource("vibur/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.type=org.vibur.dbcp.ViburDBCPDataSource
                        """)
                .expectNoFindings();
    }

    @Test
    void invalidLimitOptionIsRejectedBeforeTheScan() {
        tester.option("PoolMissingRecycle.maxLifetime", "soon")
                .addSource("application.properties", "spring.datasource.url=jdbc:postgresql://db/shop\n");

        assertThatThrownBy(tester::scan)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option PoolMissingRecycle.maxLifetime=soon: PoolMissingRecycle expects a positive duration "
                        + "for maxLifetime (e.g. 20m, 1200s, PT20M)");
    }

    @Test
    void misspeltOptionKeyIsRejectedBeforeTheScan() {
        tester.option("PoolMissingRecycle.maxLifetimeMinutes", "90")
                .addSource("application.properties", "spring.datasource.url=jdbc:postgresql://db/shop\n");

        assertThatThrownBy(tester::scan)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option PoolMissingRecycle.maxLifetimeMinutes=90: PoolMissingRecycle takes no option "
                        + "'maxLifetimeMinutes' (its only option is maxLifetime)");
    }

    /** Where a finding is and what it says, without the explanation and profile list that follow. */
    private static String describe(Finding finding) {
        String message = finding.message();
        int why = message.indexOf(": databases");
        int profiles = message.lastIndexOf(" (profile");
        return finding.path() + ":" + finding.range().startLine() + " "
                + message.substring(0, why >= 0 ? why : profiles >= 0 ? profiles : message.length() - 1);
    }
}
