package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

/** Pools built in Java code; the rule's configuration-file side never runs inside javac. */
class PoolMissingRecycleTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(PoolMissingRecycle.class, getClass());

    @Test
    void hikariWithoutMaxLifetimeOrWithZeroTooShortOrTooLong() {
        helper.addSourceLines("com/acme/config/PoolConfig.java",
                        Cases.read("PoolMissingRecycle", "hikari-without-max-lifetime-or-with-zero-too-short-or-too-long"))
                .doTest();
    }

    @Test
    void tomcatDbcp2AndC3p0WithoutMaximumAge() {
        helper.addSourceLines("com/acme/config/OtherPools.java",
                        Cases.read("PoolMissingRecycle", "other-pools-without-or-with-too-long-maximum-age"))
                .doTest();
    }

    @Test
    void poolsOnEmbeddedDatabasesStaySilentWhileServerModesAreReported() {
        helper.addSourceLines("com/acme/config/EmbeddedPools.java",
                        Cases.read("PoolMissingRecycle", "pools-on-embedded-or-server-databases"))
                .doTest();
    }

    @Test
    void shortLifetimesUnknownValuesAndPoolsConfiguredElsewhereStaySilent() {
        helper.addSourceLines("com/acme/config/Quiet.java",
                        Cases.read("PoolMissingRecycle", "short-unknown-or-elsewhere-configured-lifetimes"))
                .expectNoDiagnostics()
                .doTest();
    }

    @Test
    void poolsInTestSourcesStaySilent() {
        helper.addSourceLines("src/test/java/com/acme/config/PoolsForTests.java",
                        Cases.read("PoolMissingRecycle", "pool-in-test-sources"))
                .expectNoDiagnostics().doTest();
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
