package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.index.CallTrigger;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.MethodMatcher;
import dev.ormlint.analyzer.java.OrmCalls;
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

    /** Spring's proxy hands out the connection bound to the current transaction, not a new one. */
    private static final String TRANSACTION_AWARE = "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy";
    private static final String CONNECTION_FIX = "Run the JDBC work on the session's own connection: "
            + "`session.doWork(connection -> ...)` (`em.unwrap(Session.class).doWork(...)` with JPA), "
            + "`DataSourceUtils.getConnection(dataSource)` or a `JdbcTemplate`; if a separate transaction is really "
            + "intended, move the work to a `REQUIRES_NEW` method.";
    private static final String SESSION_FIX = "Use the transaction's own session: `sessionFactory.getCurrentSession()` "
            + "or the injected (`@PersistenceContext`) `EntityManager`; if a separate unit of work is really intended, "
            + "move it to a `REQUIRES_NEW` method.";

    /** A project method that makes one of these calls may open a connection for its caller. */
    private static final CallTrigger OPENING_CALLS = new CallTrigger(
            Set.of("getConnection", "openSession", "openStatelessSession", "createEntityManager"), CallTrigger.Flow.ANY);

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
        boolean connection = MethodMatcher.anyMatches(OrmCalls.NEW_CONNECTIONS, call, types) && !isTransactionAware(call, types);
        boolean session = !connection && MethodMatcher.anyMatches(OrmCalls.NEW_SESSIONS, call, types);
        List<String> helper = connection || session ? List.of() : openingHelper(call, types);
        if (!(connection || session || !helper.isEmpty()) || !new OrmReach(types).inReach(call)) {
            return;
        }
        Optional<String> transaction = new OrmTransactions(types).enclosing(call);
        if (transaction.isEmpty()) {
            return;
        }
        String opened = "`" + shortForm(call) + "` " + transaction.get();
        if (!helper.isEmpty()) {
            String last = helper.get(helper.size() - 1);
            boolean opensConnection = last.endsWith(".getConnection");
            context.report(call, "`" + shortForm(call) + "` -> " + String.join(" -> ", helper) + " "
                    + transaction.get() + (opensConnection ? " takes a second pooled connection with a second transaction"
                            : " opens a second session, on a second connection, outside that transaction")
                    + ": its changes and the transaction's are invisible to each other.",
                    opensConnection ? CONNECTION_FIX : SESSION_FIX);
        } else if (connection) {
            context.report(call, opened + " takes a second pooled connection with a second transaction: its changes "
                    + "and the session's are invisible to each other; use the session's own connection.", CONNECTION_FIX);
        } else {
            context.report(call, opened + " opens a second session, on a second connection, outside that transaction: "
                    + "its changes and the transaction's are invisible to each other; use the current session.",
                    SESSION_FIX);
        }
    }

    /**
     * For a call of a project method that opens a connection or session of its own (a DAO's static
     * {@code findByPk} that opens a session), the chain to that opening call; empty otherwise.
     */
    private static List<String> openingHelper(MethodCallExpr call, TypeFacts types) {
        if (!types.index().isCaller(OPENING_CALLS, call.getNameAsString())) {
            return List.of();
        }
        Optional<TypeRef> receiver = call.getScope().isEmpty() ? types.enclosingTypeName(call).map(TypeRef::of)
                : types.typeOf(call.getScope().get())
                        .or(() -> call.getScope().filter(s -> s.isNameExpr() || s.isFieldAccessExpr())
                                .flatMap(s -> types.resolveName(s.toString(), call)).map(TypeRef::of));
        return receiver.map(r -> types.index().summary(r, call.getNameAsString(), call.getArguments().size()).opens())
                .orElse(List.of());
    }

    private static boolean isTransactionAware(MethodCallExpr call, TypeFacts types) {
        return call.getScope().filter(receiver -> types.isOfType(receiver, TRANSACTION_AWARE)).isPresent();
    }

    private static String shortForm(MethodCallExpr call) {
        return call.getScope().map(s -> s + ".").orElse("") + call.getNameAsString()
                + (call.getArguments().isEmpty() ? "()" : "(...)");
    }
}
