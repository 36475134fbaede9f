package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.config.ConfigEntry;
import dev.ormlint.analyzer.config.DurationValues;
import dev.ormlint.analyzer.java.ConstantValues;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.ProjectContext;
import dev.ormlint.analyzer.rule.ProjectRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pool whose connections never expire, or live longer than infrastructure timeouts allow: HikariCP
 * without {@code maxLifetime} (30-minute default, tied to no real limit), with 0 (never) or above the
 * limit; Tomcat JDBC without {@code maxAge}, DBCP2 without {@code maxConn}/{@code maxConnLifetimeMillis},
 * c3p0 without {@code maxConnectionAge}/{@code maxIdleTime}, Quarkus (Agroal) without
 * {@code max-lifetime}. The limit is the option {@code maxLifetime} (default 30 minutes).
 */
@RuleInfo(
        summary = "Connection pool never retires connections, or keeps them past infrastructure timeouts",
        severity = Severity.WARNING,
        tags = {"pool", "jdbc", "configuration"})
public final class PoolMissingRecycle implements PoolCreationRule, ProjectRule {

    static final String LIMIT_OPTION = "maxLifetime";
    static final String DEFAULT_LIMIT = "30m";
    /** HikariConfig.validateNumerics() resets a maxLifetime below 30 s (other than 0) to the default. */
    private static final Duration HIKARI_MINIMUM = Duration.ofSeconds(30);

    /** One way to set a pool's connection lifetime: the setter or key, and the unit of a bare number. */
    private record Lifetime(String name, ChronoUnit unit) {
    }

    private static final Map<Pool, List<Lifetime>> JAVA_SETTERS = Map.of(
            Pool.HIKARI, List.of(new Lifetime("setMaxLifetime", ChronoUnit.MILLIS)),
            Pool.TOMCAT, List.of(new Lifetime("setMaxAge", ChronoUnit.MILLIS)),
            Pool.DBCP2, List.of(new Lifetime("setMaxConn", ChronoUnit.MILLIS),
                    new Lifetime("setMaxConnLifetimeMillis", ChronoUnit.MILLIS)),
            Pool.C3P0, List.of(new Lifetime("setMaxConnectionAge", ChronoUnit.SECONDS),
                    new Lifetime("setMaxIdleTime", ChronoUnit.SECONDS)));
    private static final Map<Pool, List<Lifetime>> CONFIG_KEYS = Map.of(
            Pool.HIKARI, List.of(new Lifetime("max-lifetime", ChronoUnit.MILLIS)),
            Pool.TOMCAT, List.of(new Lifetime("max-age", ChronoUnit.MILLIS)),
            Pool.DBCP2, List.of(new Lifetime("max-conn", ChronoUnit.MILLIS),
                    new Lifetime("max-conn-lifetime-millis", ChronoUnit.MILLIS)),
            Pool.C3P0, List.of(new Lifetime("maxConnectionAge", ChronoUnit.SECONDS),
                    new Lifetime("timeout", ChronoUnit.SECONDS), new Lifetime("maxIdleTime", ChronoUnit.SECONDS)),
            Pool.AGROAL, List.of(new Lifetime("max-lifetime", ChronoUnit.SECONDS)));
    private static final String WHY = ": databases, proxies and firewalls close connections after their own "
            + "timeouts, and the pool then hands out dead connections";
    private static final String FIX = "Set the pool's maximum connection lifetime a few seconds below the shortest "
            + "database or network connection timeout (HikariCP maxLifetime, Tomcat maxAge, DBCP2 maxConn, "
            + "c3p0 maxConnectionAge, Quarkus max-lifetime).";
    private static final String HIKARI_DEFAULT = "does not set maxLifetime, so HikariCP retires connections after "
            + "its 30-minute default, a limit chosen for no particular database or network";
    private static final String HIKARI_DEFAULT_FIX = "Find the shortest connection time limit between the application "
            + "and the database (the database's idle timeout such as MySQL wait_timeout, a proxy's such as PgBouncer "
            + "server_lifetime, a load balancer's, NAT gateway's or firewall's idle timeout) and set maxLifetime a few "
            + "seconds below it; when nothing on the path is shorter than 30 minutes, setting it to 30 minutes "
            + "records that choice.";

    /**
     * What one pool's lifetime settings amount to: the problem (a phrase after the pool's name), the
     * setting or call to point at, and how sure the rule is. A HikariCP pool left at its default is
     * {@code info}: the default retires connections, just on a schedule nobody chose.
     */
    private record Verdict<T>(String problem, Optional<T> at, Severity severity, String fixHint) {

        static <T> Verdict<T> warning(String problem, Optional<T> at) {
            return new Verdict<>(problem + WHY, at, Severity.WARNING, FIX);
        }
    }

    @Override
    public void visit(Node node, JavaContext context) {
        Optional<PoolSetup> found = PoolSetup.inMainSources(node, context);
        if (found.isEmpty() || !JAVA_SETTERS.containsKey(found.get().pool())) {
            return;
        }
        PoolSetup setup = found.get();
        Duration limit = limit(context.option(LIMIT_OPTION, DEFAULT_LIMIT)).orElseThrow();
        ConstantValues values = new ConstantValues(context.types());
        List<Setting<MethodCallExpr>> settings = new ArrayList<>();
        for (Lifetime lifetime : JAVA_SETTERS.get(setup.pool())) {
            setup.lastCall(Set.of(lifetime.name())).ifPresent(call -> settings.add(
                    new Setting<>(call, lifetime.name(), values.duration(call.getArgument(0), lifetime.unit()))));
        }
        if (settings.isEmpty() && setup.openEnded()) {
            return;
        }
        judge(setup.pool(), settings, limit).ifPresent(verdict -> context.report(
                verdict.at().map(Node.class::cast).orElse(setup.creation()), verdict.severity(),
                setup.pool().displayName() + " pool `" + setup.shown() + "` " + verdict.problem() + ".",
                verdict.fixHint(), List.of()));
    }

    @Override
    public void checkOption(String key, String value) {
        if (!key.equals(LIMIT_OPTION)) {
            throw new IllegalArgumentException("takes no option '" + key + "' (its only option is " + LIMIT_OPTION + ")");
        }
        if (limit(value).isEmpty()) {
            throw new IllegalArgumentException("expects a positive duration for " + LIMIT_OPTION
                    + " (e.g. 20m, 1200s, PT20M)");
        }
    }

    @Override
    public void check(ProjectContext context) {
        Duration limit = limit(context.option(LIMIT_OPTION, DEFAULT_LIMIT)).orElseThrow();
        ConfigFindings findings = new ConfigFindings();
        for (ConfiguredPool pool : ConfiguredPool.in(context.configuration())) {
            if (!CONFIG_KEYS.containsKey(pool.pool())) {
                continue;
            }
            List<Setting<ConfigEntry>> settings = new ArrayList<>();
            for (Lifetime lifetime : CONFIG_KEYS.get(pool.pool())) {
                pool.setting(lifetime.name()).ifPresent(entry -> settings.add(
                        new Setting<>(entry, entry.key(), entry.durationValue(lifetime.unit()))));
            }
            judge(pool.pool(), settings, limit).ifPresent(verdict -> findings.add(pool.configuration(),
                    verdict.at().orElse(pool.anchor()), verdict.severity(), describe(pool, verdict), verdict.fixHint()));
        }
        findings.reportTo(context);
    }

    /** A lifetime setting that is present, with its value when the scan can know it. */
    private record Setting<T>(T at, String name, Optional<Duration> value) {
    }

    /** The problem with a pool's lifetime settings; empty when they are fine or unknown. */
    private static <T> Optional<Verdict<T>> judge(Pool pool, List<Setting<T>> settings, Duration limit) {
        if (settings.isEmpty()) {
            return Optional.of(pool == Pool.HIKARI
                    ? new Verdict<>(HIKARI_DEFAULT, Optional.empty(), Severity.INFO, HIKARI_DEFAULT_FIX)
                    : Verdict.warning("sets no maximum connection lifetime, so connections are never retired",
                    Optional.empty()));
        }
        if (settings.stream().anyMatch(s -> s.value().isEmpty())) {
            return Optional.empty();
        }
        Optional<Setting<T>> shortest = settings.stream().filter(s -> isPositive(s.value().get()))
                .min((a, b) -> a.value().get().compareTo(b.value().get()));
        if (shortest.isEmpty()) {
            Setting<T> last = settings.get(settings.size() - 1);
            return Optional.of(Verdict.warning("sets " + last.name() + " to " + last.value().get().toMillis()
                    + " ms, which means connections are never retired", Optional.of(last.at())));
        }
        Duration value = shortest.get().value().get();
        if (pool == Pool.HIKARI && value.compareTo(HIKARI_MINIMUM) < 0) {
            return Optional.of(Verdict.warning("sets " + shortest.get().name() + " to " + value.toMillis()
                    + " ms, below HikariCP's 30-second minimum, so HikariCP replaces it with its 30-minute default "
                    + "(was the value meant in seconds?)", Optional.of(shortest.get().at())));
        }
        if (value.compareTo(limit) > 0) {
            return Optional.of(Verdict.warning("keeps connections for " + human(value) + " (" + shortest.get().name()
                    + "), longer than the " + human(limit) + " limit", Optional.of(shortest.get().at())));
        }
        return Optional.empty();
    }

    private static String describe(ConfiguredPool pool, Verdict<ConfigEntry> verdict) {
        String subject = verdict.at().isPresent()
                ? "`" + verdict.at().get().key() + "`: the " + pool.pool().displayName() + " pool "
                : "`" + pool.anchor().key() + "` sets up " + article(pool.pool().displayName()) + " pool that ";
        return subject + verdict.problem();
    }

    private static String article(String name) {
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }

    private static Optional<Duration> limit(String option) {
        return DurationValues.parse(option, ChronoUnit.MILLIS).filter(PoolMissingRecycle::isPositive);
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static String human(Duration duration) {
        if (duration.toSecondsPart() == 0 && duration.toMillisPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
