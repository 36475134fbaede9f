package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import dev.ormlint.rules.LifetimeLimit;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A SQLAlchemy engine whose pooled connections never retire, or live past the limit:
 * {@code create_engine()}, {@code create_async_engine()} or {@code engine_from_config({...})} without
 * {@code pool_recycle} (SQLAlchemy's default, -1, never recycles), with a negative value, or with
 * more seconds than the rule's {@code maxLifetime} option (the same limit the Java pools are held
 * to). Without {@code pool_pre_ping} as well, dead connections reach the application: a warning;
 * with it they are replaced on checkout, and only the unbounded lifetime remains: info.
 */
@RuleInfo(
        summary = "Connection pool never retires connections, or keeps them past infrastructure timeouts",
        severity = Severity.WARNING,
        tags = {"pool", "sqlalchemy", "configuration"})
public final class PoolMissingRecycle implements PythonRule {

    private static final String WHY = ": databases (MySQL's wait_timeout), proxies, load balancers and firewalls "
            + "close connections after their own timeouts";
    private static final String FIX = "Pass pool_recycle with a number of seconds a little below the shortest "
            + "database or network connection timeout (e.g. pool_recycle=1800), and pool_pre_ping=True.";

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void checkOption(String key, String value) {
        LifetimeLimit.checkOption(key, value);
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
        Optional<EngineCreation> found = EngineCreation.of(node, context);
        if (found.isEmpty()) {
            return;
        }
        EngineCreation creation = found.get();
        String engine = "`" + creation.function() + "(...)`";
        boolean prePinged = creation.setting("pool_pre_ping").filter(v -> v.is("true")).isPresent();
        String consequence = prePinged ? ", and pool_pre_ping only replaces a connection after it has died"
                : ", and the pool then hands out dead connections";
        Severity severity = prePinged ? Severity.INFO : context.severity();
        Optional<PyNode> recycle = creation.setting("pool_recycle");
        if (recycle.isEmpty()) {
            context.report(node, severity, engine + " never recycles its connections (pool_recycle defaults to -1, "
                    + "never)" + WHY + consequence + ".", FIX);
            return;
        }
        OptionalDouble seconds = LiteralNumbers.value(recycle.get());
        if (seconds.isEmpty()) {
            return;
        }
        Duration limit = LifetimeLimit.of(context.option(LifetimeLimit.OPTION, LifetimeLimit.DEFAULT));
        if (seconds.getAsDouble() < 0) {
            context.report(recycle.get(), severity, engine + " sets pool_recycle=" + recycle.get().text()
                    + ", which never recycles connections" + WHY + consequence + ".", FIX);
        } else if (seconds.getAsDouble() * 1000 > limit.toMillis()) {
            Duration lifetime = Duration.ofMillis(Math.round(seconds.getAsDouble() * 1000));
            context.report(recycle.get(), severity, engine + " keeps connections for " + LifetimeLimit.human(lifetime)
                    + " (pool_recycle=" + recycle.get().text() + "), longer than the " + LifetimeLimit.human(limit)
                    + " limit" + WHY + consequence + ".", FIX);
        }
    }
}
