package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * A SQLAlchemy engine whose pool hands out connections without testing them: {@code create_engine()},
 * {@code create_async_engine()} or {@code engine_from_config()} without {@code pool_pre_ping=True}
 * ({@code pool_pre_ping} defaults to False). Not for SQLite, {@code NullPool} or {@code StaticPool},
 * nor where the settings are out of view ({@code **kwargs}, a configuration mapping read elsewhere).
 */
@RuleInfo(
        summary = "Connection pool hands out connections without validating them",
        severity = Severity.WARNING,
        tags = {"pool", "sqlalchemy", "configuration"})
public final class PoolMissingValidation implements PythonRule {

    static final String FIX = "Pass pool_pre_ping=True so that the pool tests each connection with a cheap "
            + "ping when it is checked out and replaces a dead one, instead of failing the statement that uses it.";
    private static final String WHY = ": SQLAlchemy's pool_pre_ping defaults to False, so a connection that the "
            + "database, a proxy or a firewall closed while idle fails the first statement run on it";

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
        Optional<EngineCreation> creation = EngineCreation.of(node, context);
        if (creation.isEmpty()) {
            return;
        }
        Optional<PyNode> prePing = creation.get().keyword("pool_pre_ping");
        String function = "`" + creation.get().function() + "(...)`";
        if (prePing.isEmpty()) {
            context.report(node, function + " creates a pool that never tests its connections" + WHY + ".", FIX);
        } else if (prePing.get().is("false")) {
            context.report(prePing.get(), function + " turns connection testing off with pool_pre_ping=False" + WHY
                    + ".", FIX);
        }
    }
}
