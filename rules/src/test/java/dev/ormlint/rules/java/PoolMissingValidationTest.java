package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PoolMissingValidationTest {

    private final RuleTester tester = RuleTester.of(new PoolMissingValidation());

    @Test
    void javaPoolsThatNeverTestConnections() {
        tester.addSource("com/acme/config/Pools.java",
                        Cases.read("PoolMissingValidation", "pools-that-never-test-connections"))
                .expectMarkedFindings();
    }

    @Test
    void javaNearMissesStaySilent() {
        tester.addSource("com/acme/config/Fine.java",
                        Cases.read("PoolMissingValidation", "validated-or-externally-configured-pools"))
                // Spring Boot binds the pool's settings from configuration; Boot is not on the checker tests' classpath.
                .addSource("com/acme/config/BootBound.java", """
                        package com.acme.config;

                        import org.apache.tomcat.jdbc.pool.DataSource;
                        import org.springframework.boot.context.properties.ConfigurationProperties;

                        class BootBound {
                            @ConfigurationProperties("spring.datasource.tomcat")
                            DataSource tomcatBoundByBoot() {
                                return new DataSource();
                            }
                        }
                        """)
                .expectNoFindings();
    }

    @Test
    void javaPoolsInTestSourcesStaySilent() {
        tester.addSource("src/test/java/com/acme/config/PoolsForTests.java",
                        Cases.read("PoolMissingValidation", "pool-in-test-sources"))
                .expectNoFindings();
    }

    @Test
    void configurationThatSwitchesValidationOffOrNeverHadIt() {
        ScanResult result = tester
                .addSource("tomcat/src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:mysql://db/shop
                            tomcat:
                              test-on-borrow: true
                        """)
                .addSource("tomcat/src/main/resources/application-prod.properties",
                        "spring.datasource.tomcat.testOnBorrow=false\n")
                .addSource("dbcp/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.type=org.apache.commons.dbcp2.BasicDataSource
                        spring.datasource.dbcp2.test_on_borrow=${VALIDATE:false}
                        """)
                .addSource("legacy/src/main/resources/hibernate.cfg.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!DOCTYPE hibernate-configuration PUBLIC
                                "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                                "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                        <hibernate-configuration>
                            <session-factory>
                                <property name="connection.url">jdbc:mysql://db/shop</property>
                                <property name="c3p0.min_size">5</property>
                                <property name="c3p0.timeout">300</property>
                            </session-factory>
                        </hibernate-configuration>
                        """)
                .addSource("plain/src/main/resources/hibernate.properties", """
                        hibernate.connection.url=jdbc:postgresql://db/shop
                        hibernate.connection.pool_size=10
                        """)
                .addSource("plain/src/main/resources/META-INF/persistence.xml", """
                        <persistence>
                          <persistence-unit name="shop">
                            <properties>
                              <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://db/shop"/>
                            </properties>
                          </persistence-unit>
                          <persistence-unit name="container">
                            <jta-data-source>java:/jdbc/Shop</jta-data-source>
                            <properties>
                              <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://db/shop"/>
                            </properties>
                          </persistence-unit>
                        </persistence>
                        """)
                .scan();

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine() + " " + f.message())
                .containsExactly(
                        "dbcp/application.properties:3 `spring.datasource.dbcp2.test_on_borrow=false` switches off the "
                                + "Commons DBCP2 pool's connection check on borrow: a connection the database, a proxy or a "
                                + "firewall closed while it sat in the pool fails the first statement that uses it.",
                        "legacy/src/main/resources/hibernate.cfg.xml:8 Hibernate's c3p0 pool never tests its connections "
                                + "(no hibernate.c3p0.idle_test_period, no testConnectionOnCheckout): a connection the "
                                + "database, a proxy or a firewall closed while it sat in the pool fails the first "
                                + "statement that uses it.",
                        "plain/src/main/resources/META-INF/persistence.xml:4 `jakarta.persistence.jdbc.url` runs Hibernate's "
                                + "built-in connection pool, which never validates connections and is not meant for "
                                + "production: a connection the database, a proxy or a firewall closed while it sat in "
                                + "the pool fails the first statement that uses it.",
                        "plain/src/main/resources/hibernate.properties:2 `hibernate.connection.pool_size` runs Hibernate's "
                                + "built-in connection pool, which never validates connections and is not meant for "
                                + "production: a connection the database, a proxy or a firewall closed while it sat in "
                                + "the pool fails the first statement that uses it.",
                        "tomcat/src/main/resources/application-prod.properties:1 `spring.datasource.tomcat.testOnBorrow=false` "
                                + "switches off the Tomcat JDBC pool's connection check on borrow: a connection the "
                                + "database, a proxy or a firewall closed while it sat in the pool fails the first "
                                + "statement that uses it (profile: prod).");
    }

    @Test
    void tomcatIdleTestsDoNotReplaceTheBorrowTestInPropertiesYamlDocumentsAndProfiles() {
        ScanResult result = tester
                .addSource("orders/src/main/resources/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/orders
                        spring.datasource.type=org.apache.tomcat.jdbc.pool.DataSource
                        spring.datasource.tomcat.test-on-borrow=false
                        spring.datasource.tomcat.test-while-idle=true
                        """)
                .addSource("shop/src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:postgresql://db/shop
                            tomcat:
                              test-while-idle: true
                        ---
                        spring:
                          config.activate.on-profile: cloud
                          datasource.tomcat:
                            testOnBorrow: false
                            validation-interval: 30000
                        ---
                        spring:
                          config.activate.on-profile: local
                          datasource.url: jdbc:h2:mem:shop
                          datasource.tomcat.test-on-borrow: false
                        """)
                .addSource("shop/src/main/resources/application-batch.yml", """
                        spring.datasource.tomcat.test-on-borrow: false
                        """)
                .scan();

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine() + " " + f.severity().label()
                        + " " + f.message().substring(0, f.message().indexOf(" (testWhileIdle")) + " ..."
                        + f.message().substring(f.message().lastIndexOf(" (")))
                .containsExactly(
                        "orders/src/main/resources/application.properties:3 warning `spring.datasource.tomcat.test-on-borrow"
                                + "=false` switches off the Tomcat JDBC pool's connection check on borrow ... (testWhileIdle "
                                + "tests idle connections only when the pool cleaner runs, every timeBetweenEvictionRunsMillis, "
                                + "5 s by default, never the connection being borrowed): a connection the database, a proxy or "
                                + "a firewall closed while it sat in the pool fails the first statement that uses it.",
                        "shop/src/main/resources/application-batch.yml:1 warning `spring.datasource.tomcat.test-on-borrow"
                                + "=false` switches off the Tomcat JDBC pool's connection check on borrow ... (profile: batch).",
                        "shop/src/main/resources/application.yml:10 warning `spring.datasource.tomcat.testOnBorrow=false` "
                                + "switches off the Tomcat JDBC pool's connection check on borrow ... (profile: cloud).");
    }

    @Test
    void configurationNearMissesStaySilent() {
        tester.addSource("src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: jdbc:postgresql://db/shop
                            hikari:
                              connection-test-query: SELECT 1
                        """)
                .addSource("tomcat/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.tomcat.max-active=20
                        spring.datasource.tomcat.test-on-borrow=${VALIDATE}
                        """)
                // Spring Boot's auto-configured Tomcat pool tests on borrow unless told otherwise.
                .addSource("tomcat-idle/application.properties", """
                        spring.datasource.url=jdbc:mysql://db/shop
                        spring.datasource.tomcat.test-while-idle=true
                        """)
                .addSource("c3p0/hibernate.properties", """
                        hibernate.connection.url=jdbc:mysql://db/shop
                        hibernate.c3p0.max_size=20
                        hibernate.c3p0.idle_test_period=120
                        """)
                .addSource("h2/hibernate.properties", """
                        hibernate.connection.url=jdbc:h2:mem:test
                        hibernate.connection.pool_size=1
                        """)
                .addSource("hikari/hibernate.properties", """
                        hibernate.connection.url=jdbc:mysql://db/shop
                        hibernate.hikari.maximumPoolSize=10
                        hibernate.hikari.maxLifetime=1200000
                        """)
                .addSource("src/test/resources/hibernate.properties",
                        "hibernate.connection.url=jdbc:postgresql://localhost/test\n")
                .expectNoFindings();
    }

    @Test
    void malformedConfigurationIsANoticeAndOtherFilesAreStillChecked() {
        ScanResult result = tester
                .addSource("a/src/main/resources/application.yml", "spring:\n  datasource: [unclosed\n")
                .addSource("b/src/main/resources/hibernate.properties", "hibernate.connection.url=jdbc:mysql://db/x\n")
                .scan();

        assertThat(result.notices()).extracting(Notice::path, Notice::kind)
                .containsExactly(Tuple.tuple("a/src/main/resources/application.yml",
                        Notice.Kind.PARSE_ERROR));
        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.range().startLine())
                .containsExactly("b/src/main/resources/hibernate.properties:1");
    }
}
