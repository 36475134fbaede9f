package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** Pools built in Java code; the rule's configuration-file side never runs inside javac. */
class PoolMissingValidationTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(PoolMissingValidation.class, getClass());

    @Test
    void poolsThatNeverTestConnections() {
        helper.addSourceLines("com/acme/config/Pools.java", """
                package com.acme.config;

                import com.mchange.v2.c3p0.ComboPooledDataSource;
                import org.apache.commons.dbcp2.BasicDataSource;
                import org.apache.tomcat.jdbc.pool.DataSource;
                import org.apache.tomcat.jdbc.pool.PoolProperties;

                class Pools {
                    private static final boolean VALIDATE = false;

                    DataSource tomcatDefaults() {
                        // BUG: Diagnostic contains: Tomcat JDBC pool `new DataSource()` never sets testOnBorrow, which defaults to false
                        DataSource ds = new DataSource();
                        ds.setUrl("jdbc:mysql://db/shop");
                        return ds;
                    }

                    DataSource tomcatSwitchedOff() {
                        PoolProperties p = new PoolProperties();
                        // BUG: Diagnostic contains: `p.setTestOnBorrow(VALIDATE)` switches off the Tomcat JDBC pool's connection check on borrow
                        p.setTestOnBorrow(VALIDATE);
                        return new DataSource(p);
                    }

                    BasicDataSource dbcpSwitchedOff() {
                        BasicDataSource ds = new BasicDataSource();
                        // BUG: Diagnostic contains: `ds.setTestOnBorrow(false)` switches off DBCP2's connection check on borrow (on by default)
                        ds.setTestOnBorrow(false);
                        return ds;
                    }

                    ComboPooledDataSource c3p0Defaults() {
                        // BUG: Diagnostic contains: c3p0 pool `new ComboPooledDataSource()` never tests its connections
                        ComboPooledDataSource ds = new ComboPooledDataSource();
                        ds.setJdbcUrl("jdbc:mysql://db/shop");
                        ds.setIdleConnectionTestPeriod(0);
                        return ds;
                    }
                }
                """).doTest();
    }

    @Test
    void validatedOrExternallyConfiguredPoolsStaySilent() {
        helper.addSourceLines("com/acme/config/Fine.java", """
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
                """).expectNoDiagnostics().doTest();
    }

    @Test
    void poolsInTestSourcesStaySilent() {
        helper.addSourceLines("src/test/java/com/acme/config/PoolsForTests.java", """
                package com.acme.config;

                import org.apache.tomcat.jdbc.pool.DataSource;

                class PoolsForTests {
                    DataSource embedded() {
                        DataSource ds = new DataSource();
                        ds.setUrl("jdbc:h2:mem:test");
                        return ds;
                    }
                }
                """).expectNoDiagnostics().doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/config/Legacy.java", """
                package com.acme.config;

                import com.mchange.v2.c3p0.ComboPooledDataSource;

                class Legacy {
                    @SuppressWarnings("PoolMissingValidation")
                    ComboPooledDataSource errorProneName() {
                        return new ComboPooledDataSource();
                    }

                    @SuppressWarnings("ormlint:PoolMissingValidation")
                    ComboPooledDataSource ormlintName() {
                        return new ComboPooledDataSource();
                    }

                    @SuppressWarnings({"PoolMissingRecycle", "ormlint:PoolMissingRecycle"})
                    ComboPooledDataSource otherRuleSuppressed() {
                        // BUG: Diagnostic contains: [PoolMissingValidation] c3p0 pool `new ComboPooledDataSource()`
                        return new ComboPooledDataSource();
                    }

                    @SuppressWarnings("PoolMissingValidation")
                    static class Pools {
                        ComboPooledDataSource inSuppressedClass() {
                            return new ComboPooledDataSource();
                        }
                    }
                }
                """).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:PoolMissingValidation:OFF")
                .addSourceLines("com/acme/config/Legacy.java", """
                package com.acme.config;

                import com.mchange.v2.c3p0.ComboPooledDataSource;

                class Legacy {
                    ComboPooledDataSource pool() {
                        return new ComboPooledDataSource();
                    }
                }
                """).doTest();
    }
}
