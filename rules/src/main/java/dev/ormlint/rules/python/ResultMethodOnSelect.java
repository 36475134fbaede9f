package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.SqlAlchemyApi;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.Set;

/**
 * A result method ({@code .all()}, {@code .first()}, ...) called on a {@code select()} statement
 * instead of on the result of executing it: a {@code Select} has none of them, so the call raises
 * {@code AttributeError}.
 */
@RuleInfo(
        summary = "Result method called on a select() statement instead of its result, which raises AttributeError",
        severity = Severity.ERROR,
        tags = {"sqlalchemy", "correctness"})
public final class ResultMethodOnSelect implements PythonRule {

    private static final Set<String> RESULT_METHODS = Set.of("all", "first", "one", "one_or_none", "scalar",
            "scalars", "fetchall");

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode call, PythonContext context) {
        if (!Calls.isMethodCall(call, RESULT_METHODS)) {
            return;
        }
        boolean onSelect = Calls.receiver(call).flatMap(context.types()::typeOf)
                .filter(SqlAlchemyApi.SELECT::equals).isPresent();
        if (!onSelect) {
            return;
        }
        String method = Calls.method(call).orElseThrow();
        PyNode name = call.child("function").flatMap(f -> f.child("attribute")).orElse(call);
        String use = method.equals("scalars") ? "session.scalars(stmt)" : "session.scalars(stmt)." + method + "()";
        context.report(name, "." + method + "() on a select() statement raises AttributeError: 'Select' object has no"
                        + " attribute '" + method + "'; a statement runs only when a session or connection executes it",
                "Execute the statement and call " + method + "() on the result: " + use
                        + " for ORM objects, session.execute(stmt)" + (method.equals("scalars") ? "" : "." + method + "()")
                        + " for rows");
    }
}
