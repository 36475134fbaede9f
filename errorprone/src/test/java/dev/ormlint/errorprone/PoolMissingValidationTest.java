package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

/** Pools built in Java code; the rule's configuration-file side never runs inside javac. */
class PoolMissingValidationTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(PoolMissingValidation.class, getClass());

    @Test
    void poolsThatNeverTestConnections() {
        helper.addSourceLines("com/acme/config/Pools.java",
                        Cases.read("PoolMissingValidation", "pools-that-never-test-connections"))
                .doTest();
    }

    @Test
    void validatedOrExternallyConfiguredPoolsStaySilent() {
        helper.addSourceLines("com/acme/config/Fine.java",
                        Cases.read("PoolMissingValidation", "validated-or-externally-configured-pools"))
                .expectNoDiagnostics()
                .doTest();
    }

    @Test
    void poolsInTestSourcesStaySilent() {
        helper.addSourceLines("src/test/java/com/acme/config/PoolsForTests.java",
                        Cases.read("PoolMissingValidation", "pool-in-test-sources"))
                .expectNoDiagnostics().doTest();
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
