package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.TypeFacts;
import dev.ormlint.analyzer.rule.JavaContext;
import dev.ormlint.analyzer.rule.JavaRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A connection (or a whole new session) taken from the pool while an ORM transaction is open on
 * another one: two connections, two transactions, each blind to the other's uncommitted changes.
 */
@RuleInfo(
        summary = "Second connection or session opened inside an ORM transaction",
        severity = Severity.ERROR,
        tags = {"hibernate", "jpa", "jdbc", "spring", "transactions"})
public final class ConnectionBesideSession implements JavaRule {

    private static final List<MethodMatcher> NEW_CONNECTIONS = List.of(
            MethodMatcher.instanceMethod("javax.sql.DataSource#getConnection(..)"),
            MethodMatcher.staticMethod("java.sql.DriverManager#getConnection(..)"));
    private static final List<MethodMatcher> NEW_SESSIONS = List.of(
            MethodMatcher.instanceMethod("org.hibernate.SessionFactory#openSession|openStatelessSession()"),
            MethodMatcher.instanceMethod("jakarta.persistence.EntityManagerFactory#createEntityManager(..)"),
            MethodMatcher.instanceMethod("javax.persistence.EntityManagerFactory#createEntityManager(..)"));
    /** Spring's proxy hands out the connection bound to the current transaction, not a new one. */
    private static final String TRANSACTION_AWARE = "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy";
    private static final String CONNECTION_FIX = "Run the JDBC work on the session's own connection: "
            + "`session.doWork(connection -> ...)` (`em.unwrap(Session.class).doWork(...)` with JPA), "
            + "`DataSourceUtils.getConnection(dataSource)` or a `JdbcTemplate`; if a separate transaction is really "
            + "intended, move the work to a `REQUIRES_NEW` method.";
    private static final String SESSION_FIX = "Use the transaction's own session: `sessionFactory.getCurrentSession()` "
            + "or the injected (`@PersistenceContext`) `EntityManager`; if a separate unit of work is really intended, "
            + "move it to a `REQUIRES_NEW` method.";

    @Override
    public Set<String> triggers() {
        return Set.of("getConnection", "openSession", "openStatelessSession", "createEntityManager");
    }

    @Override
    public Set<Class<? extends Node>> nodeTypes() {
        return Set.of(MethodCallExpr.class);
    }

    @Override
    public void visit(Node node, JavaContext context) {
        MethodCallExpr call = (MethodCallExpr) node;
        TypeFacts types = context.types();
        boolean connection = MethodMatcher.anyMatches(NEW_CONNECTIONS, call, types) && !isTransactionAware(call, types);
        boolean session = !connection && MethodMatcher.anyMatches(NEW_SESSIONS, call, types);
        if (!(connection || session) || !new OrmReach(types).inReach(call)) {
            return;
        }
        Optional<String> transaction = new OrmTransactions(types).enclosing(call);
        if (transaction.isEmpty()) {
            return;
        }
        String opened = "`" + shortForm(call) + "` " + transaction.get();
        if (connection) {
            context.report(call, opened + " takes a second pooled connection with a second transaction: its changes "
                    + "and the session's are invisible to each other; use the session's own connection.", CONNECTION_FIX);
        } else {
            context.report(call, opened + " opens a second session, on a second connection, outside that transaction: "
                    + "its changes and the transaction's are invisible to each other; use the current session.",
                    SESSION_FIX);
        }
    }

    private static boolean isTransactionAware(MethodCallExpr call, TypeFacts types) {
        return call.getScope().filter(receiver -> types.isOfType(receiver, TRANSACTION_AWARE)).isPresent();
    }

    private static String shortForm(MethodCallExpr call) {
        return call.getScope().map(s -> s + ".").orElse("") + call.getNameAsString()
                + (call.getArguments().isEmpty() ? "()" : "(...)");
    }
}
