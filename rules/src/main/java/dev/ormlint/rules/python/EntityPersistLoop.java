package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * ORM objects saved one at a time ({@code session.add/merge/add_all}) in a loop over an unbounded
 * {@link RowSource}, with no flush or commit plus {@code expunge_all()} in the loop to bound the
 * session; and {@code add_all} of a list built from such a source.
 */
@RuleInfo(
        summary = "Entities saved one by one in a loop through the ORM, with no flush-and-clear batching",
        severity = Severity.WARNING,
        tags = {"performance", "sqlalchemy"})
public final class EntityPersistLoop implements PythonRule {

    private static final Set<String> SAVES = Set.of("add", "merge", "add_all");
    private static final Set<String> FLUSHES = Set.of("flush", "commit");
    private static final Set<String> CLEARS = Set.of("expunge_all");
    private static final Set<String> COMMITS = Set.of("commit");

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode call, PythonContext context) {
        if (!Calls.isMethodCall(call, SAVES)) {
            return;
        }
        PyNode session = Calls.receiver(call).orElseThrow();
        PythonTypes types = context.types();
        if (!Sessions.isSession(session, types) || Loops.leavesRightAfter(call)) {
            return;
        }
        String method = Calls.method(call).orElseThrow();
        Optional<PyNode> saved = Calls.firstArgument(call);
        if (saved.isEmpty()) {
            return;
        }
        for (PyNode loop : Loops.enclosing(call)) {
            Optional<RowSource> source = RowSources.ofLoop(loop, types);
            if (source.isEmpty()) {
                continue;
            }
            Optional<String> entity = NewObjects.madeIn(saved.get(), loop, types);
            if (entity.isEmpty() || Loops.callsOn(loop, session.text(), FLUSHES) && Loops.callsOn(loop, session.text(), CLEARS)) {
                return;
            }
            report(call, session, method, entity.get(), source.get(), Loops.callsOn(loop, session.text(), COMMITS), context);
            return;
        }
        if (method.equals("add_all") && Loops.enclosing(call).isEmpty()) {
            NewObjects.builtFrom(saved.get(), types).ifPresent(built ->
                    report(call, session, method, built.entity(), built.source(), false, context));
        }
    }

    private static void report(PyNode call, PyNode session, String method, String entity, RowSource source,
                               boolean commitsEachRow, PythonContext context) {
        String saves = session.text() + "." + method + "(..)";
        String message = commitsEachRow
                ? saves + " saves and commits one " + entity + " " + source.perRow()
                        + ": one INSERT per row, each in its own transaction"
                : saves + " saves one " + entity + " " + source.perRow()
                        + " with no flush()+expunge_all() batching: the session builds and holds an object per row";
        context.report(call, message, "Insert the rows with Core: " + session.text() + ".execute(insert(" + entity
                + "), rows) with a list of dicts is one executemany (chunk it: asyncpg accepts at most 32,767"
                + " parameters per statement); or flush() and expunge_all() every few thousand rows");
    }
}
