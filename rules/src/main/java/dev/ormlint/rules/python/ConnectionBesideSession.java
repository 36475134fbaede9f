package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.python.SqlAlchemyApi;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code engine.connect()}, {@code engine.begin()} or {@code engine.raw_connection()} while a
 * session's transaction is open in the same function: inside {@code with session.begin():} (or a
 * factory's {@code begin()}), or after the session ran SQL and before it committed, rolled back or
 * closed.
 */
@RuleInfo(
        summary = "Second connection or session opened inside an ORM transaction",
        severity = Severity.ERROR,
        tags = {"sqlalchemy", "transactions"})
public final class ConnectionBesideSession implements PythonRule {

    private static final Set<String> CONNECTS = Set.of("connect", "begin", "raw_connection");
    private static final Set<String> BEGINS = Set.of("begin", "begin_nested");
    /** Session calls that run SQL, so that the session holds a connection and an open transaction. */
    private static final Set<String> RUNS_SQL = Set.of("execute", "scalars", "scalar", "get", "query", "flush",
            "connection");
    private static final Set<String> ENDS = Set.of("commit", "rollback", "close");
    private static final Set<String> FACTORIES = Set.of(SqlAlchemyApi.SESSION_FACTORY,
            SqlAlchemyApi.ASYNC_SESSION_FACTORY);

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode call, PythonContext context) {
        if (!Calls.isMethodCall(call, CONNECTS)) {
            return;
        }
        PyNode engine = Calls.receiver(call).orElseThrow();
        PythonTypes types = context.types();
        if (!types.isEngine(engine)) {
            return;
        }
        Optional<String> session = inBeginBlock(call, types).or(() -> usedBefore(call, types));
        if (session.isEmpty()) {
            return;
        }
        String connection = (isAsync(call) ? "await " : "") + session.get() + ".connection()";
        context.report(call, engine.text() + "." + Calls.method(call).orElseThrow()
                        + "() opens a second connection while the session's transaction is open: two connections and"
                        + " two transactions, invisible to each other",
                "Run the statement on the session's own connection: " + connection);
    }

    /** The session of an enclosing {@code with session.begin():} or {@code with factory.begin() as session:}. */
    private static Optional<String> inBeginBlock(PyNode call, PythonTypes types) {
        for (Optional<PyNode> n = call.parent(); n.isPresent() && !Loops.NESTED_CODE.contains(n.get().type());
                n = n.get().parent()) {
            PyNode with = n.get();
            if (!with.is("with_statement") || with.child("body").filter(b -> Loops.contains(b, call)).isEmpty()) {
                continue;
            }
            for (PyNode item : with.findAll("with_item")) {
                Optional<String> session = beganSession(item, types);
                if (session.isPresent()) {
                    return session;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> beganSession(PyNode item, PythonTypes types) {
        PyNode value = item.child("value").orElse(item);
        Optional<PyNode> alias = Optional.empty();
        if (value.is("as_pattern")) {
            alias = value.child("alias");
            value = value.namedChildren().get(0);
        }
        if (!Calls.isMethodCall(value, BEGINS)) {
            return Optional.empty();
        }
        PyNode receiver = Calls.receiver(value).orElseThrow();
        if (Sessions.isSession(receiver, types)) {
            return Optional.of(receiver.text());
        }
        boolean factory = types.typeOf(receiver).filter(FACTORIES::contains).isPresent();
        return factory ? alias.map(PyNode::text) : Optional.empty();
    }

    /**
     * A session that ran SQL earlier in the function, with no commit, rollback or close since, in the
     * same {@code with} blocks as {@code call} (a block that ended closed its session).
     */
    private static Optional<String> usedBefore(PyNode call, PythonTypes types) {
        PyNode scope = call.ancestor(Loops.NESTED_CODE).orElse(call.tree().module());
        Map<String, Boolean> open = new HashMap<>();
        for (PyNode earlier : scope.findAll("call")) {
            if (earlier.startIndex() >= call.startIndex()) {
                break;
            }
            Optional<String> method = Calls.method(earlier);
            boolean sessionCall = method.isPresent() && (RUNS_SQL.contains(method.get()) || ENDS.contains(method.get()))
                    && earlier.ancestor(Loops.NESTED_CODE).equals(call.ancestor(Loops.NESTED_CODE))
                    && sharesWithBlocks(earlier, call)
                    && Calls.receiver(earlier).filter(r -> Sessions.isSession(r, types)).isPresent();
            if (sessionCall) {
                open.put(Calls.receiver(earlier).orElseThrow().text(), RUNS_SQL.contains(method.get()));
            }
        }
        return open.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().findFirst();
    }

    private static boolean sharesWithBlocks(PyNode earlier, PyNode call) {
        for (Optional<PyNode> n = earlier.parent(); n.isPresent() && !Loops.NESTED_CODE.contains(n.get().type());
                n = n.get().parent()) {
            if (n.get().is("with_statement") && !Loops.contains(n.get(), call)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsync(PyNode call) {
        return call.parent().filter(p -> p.is("await")).isPresent()
                || call.ancestor(Set.of("with_statement")).filter(w -> w.children().stream()
                .anyMatch(c -> !c.isNamed() && c.type().equals("async"))).isPresent();
    }
}
