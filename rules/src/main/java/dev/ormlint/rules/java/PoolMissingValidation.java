package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.config.ConfigEntry;
import dev.ormlint.analyzer.config.Configuration;
import dev.ormlint.analyzer.java.ConstantValues;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * A pool that hands out connections without checking them: Tomcat JDBC created in code without
 * {@code testOnBorrow} (its default is off; only Spring Boot's auto-configured Tomcat pool turns it
 * on), {@code testOnBorrow} switched off for Tomcat or DBCP2, c3p0 with its defaults (no test at
 * all), and Hibernate's built-in pool. Tomcat's {@code testWhileIdle} does not make up for
 * {@code testOnBorrow}: it tests idle connections on the pool cleaner's runs, not the one being
 * borrowed. HikariCP always checks a connection idle for more than 500 ms when it is borrowed, so
 * it is never reported.
 */
@RuleInfo(
        summary = "Connection pool hands out connections without validating them",
        severity = Severity.WARNING,
        tags = {"pool", "jdbc", "configuration"})
public final class PoolMissingValidation implements PoolCreationRule, ProjectRule {

    private static final Set<String> TEST_ON_BORROW = Set.of("setTestOnBorrow");
    private static final Set<String> TOMCAT_IDLE_TEST = Set.of("setTestWhileIdle");
    private static final Set<String> C3P0_CHECKOUT_TEST = Set.of("setTestConnectionOnCheckout");
    private static final Set<String> C3P0_IDLE_TEST = Set.of("setIdleConnectionTestPeriod");
    private static final String IDLE_TEST_ONLY = " (testWhileIdle tests idle connections only when the pool cleaner "
            + "runs, every timeBetweenEvictionRunsMillis, 5 s by default, never the connection being borrowed)";
    private static final String WHY = ": a connection the database, a proxy or a firewall closed while it sat in the pool "
            + "fails the first statement that uses it";
    private static final String TOMCAT_FIX = "Turn on testOnBorrow with a validationQuery (or rely on isValid()) and a "
            + "validationInterval of about 30 s; or use HikariCP, which validates on borrow by default.";
    private static final String DBCP2_FIX = "Remove the testOnBorrow=false setting: DBCP2 validates on borrow by default.";
    private static final String C3P0_FIX = "Set testConnectionOnCheckout=true, or idleConnectionTestPeriod (seconds) "
            + "with testConnectionOnCheckin=true; or use HikariCP.";
    private static final String BUILT_IN_FIX = "Configure a real pool: hibernate.hikari.* (HikariCP) or "
            + "hibernate.c3p0.* with hibernate.c3p0.idle_test_period, or a container data source.";

    @Override
    public void visit(Node node, JavaContext context) {
        Optional<PoolSetup> found = PoolSetup.inMainSources(node, context);
        if (found.isEmpty()) {
            return;
        }
        PoolSetup setup = found.get();
        ConstantValues values = new ConstantValues(context.types());
        String created = "`" + setup.shown() + "`";
        switch (setup.pool()) {
            case TOMCAT -> {
                Optional<MethodCallExpr> onBorrow = setup.lastCall(TEST_ON_BORROW);
                String idleTest = setup.lastCall(TOMCAT_IDLE_TEST).flatMap(c -> values.bool(c.getArgument(0)))
                        .orElse(false) ? IDLE_TEST_ONLY : "";
                if (isFalse(onBorrow, values)) {
                    context.report(onBorrow.get(), "`" + onBorrow.get() + "` switches off the Tomcat JDBC pool's "
                            + "connection check on borrow" + idleTest + WHY + ".", TOMCAT_FIX);
                } else if (onBorrow.isEmpty() && !setup.openEnded()) {
                    context.report(setup.creation(), "Tomcat JDBC pool " + created + " never sets testOnBorrow, "
                            + "which defaults to false outside Spring Boot's auto-configuration" + idleTest + WHY + ".",
                            TOMCAT_FIX);
                }
            }
            case DBCP2 -> {
                Optional<MethodCallExpr> onBorrow = setup.lastCall(TEST_ON_BORROW);
                if (isFalse(onBorrow, values)) {
                    context.report(onBorrow.get(), "`" + onBorrow.get() + "` switches off DBCP2's connection check "
                            + "on borrow (on by default)" + WHY + ".", DBCP2_FIX);
                }
            }
            case C3P0 -> {
                boolean tested = setup.lastCall(C3P0_CHECKOUT_TEST).map(c -> values.bool(c.getArgument(0)).orElse(true))
                        .orElse(false)
                        || setup.lastCall(C3P0_IDLE_TEST).map(c -> values.number(c.getArgument(0)).map(n -> n > 0)
                        .orElse(true)).orElse(false);
                if (!tested && !setup.openEnded()) {
                    context.report(setup.creation(), "c3p0 pool " + created + " never tests its connections "
                            + "(no testConnectionOnCheckout, no idleConnectionTestPeriod)" + WHY + ".", C3P0_FIX);
                }
            }
            default -> { }
        }
    }

    @Override
    public void check(ProjectContext context) {
        ConfigFindings findings = new ConfigFindings();
        for (ConfiguredPool pool : ConfiguredPool.in(context.configuration())) {
            check(pool, findings);
        }
        findings.reportTo(context);
    }

    private static void check(ConfiguredPool pool, ConfigFindings findings) {
        Configuration configuration = pool.configuration();
        switch (pool.pool()) {
            case TOMCAT, DBCP2 -> {
                Optional<ConfigEntry> onBorrow = pool.setting("test-on-borrow");
                String idleTest = pool.pool() == Pool.TOMCAT
                        && pool.setting("test-while-idle").flatMap(ConfigEntry::booleanValue).orElse(false)
                        ? IDLE_TEST_ONLY : "";
                if (onBorrow.flatMap(ConfigEntry::booleanValue).equals(Optional.of(false))) {
                    findings.add(configuration, onBorrow.get(), "`" + onBorrow.get().key() + "=false` switches off the "
                            + pool.pool().displayName() + " pool's connection check on borrow" + idleTest + WHY,
                            pool.pool() == Pool.TOMCAT ? TOMCAT_FIX : DBCP2_FIX);
                }
            }
            case C3P0 -> {
                Optional<Boolean> checkout = pool.setting("testConnectionOnCheckout").map(e -> e.booleanValue().orElse(true));
                Optional<Duration> idle = pool.setting("idle_test_period").or(() -> pool.setting("idleConnectionTestPeriod"))
                        .map(e -> e.durationValue(ChronoUnit.SECONDS).orElse(Duration.ofSeconds(1)));
                if (!checkout.orElse(false) && idle.map(d -> d.isZero() || d.isNegative()).orElse(true)) {
                    findings.add(configuration, pool.anchor(), "Hibernate's c3p0 pool never tests its connections "
                            + "(no hibernate.c3p0.idle_test_period, no testConnectionOnCheckout)" + WHY, C3P0_FIX);
                }
            }
            case HIBERNATE_BUILT_IN -> findings.add(configuration, pool.anchor(), "`" + pool.anchor().key()
                    + "` runs Hibernate's built-in connection pool, which never validates connections and is not "
                    + "meant for production" + WHY, BUILT_IN_FIX);
            default -> { }
        }
    }

    private static boolean isFalse(Optional<MethodCallExpr> call, ConstantValues values) {
        return call.flatMap(c -> values.bool(c.getArgument(0))).equals(Optional.of(false));
    }
}
