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
 * The legacy {@code Query} API: {@code session.query(...)} on a session and Flask-SQLAlchemy's
 * {@code Model.query}. It still runs on SQLAlchemy 2.0 and 2.1, so this is a migration to do, not a
 * defect: {@code info}.
 */
@RuleInfo(
        summary = "Legacy SQLAlchemy Query API (session.query, Model.query), which ormlint migrate rewrites to select()",
        severity = Severity.INFO,
        tags = {"sqlalchemy", "flask-sqlalchemy", "migration"})
public final class LegacyQueryApi implements PythonRule {

    private static final String FIX = "Write select() run by session.scalars(...) or session.execute(...);"
            + " `ormlint migrate` rewrites the queries it can translate faithfully";

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call", "attribute");
    }

    @Override
    public void visit(PyNode node, PythonContext context) {
        PythonTypes types = context.types();
        if (node.is("call")) {
            Optional<PyNode> session = Calls.receiver(node).filter(r -> Calls.isMethodCall(node, Set.of("query")));
            if (session.isPresent() && Sessions.isSession(session.get(), types)) {
                context.report(name(node.child("function").orElseThrow()), session.get().text()
                        + ".query(..) is the legacy Query API, legacy since SQLAlchemy 2.0: select() is the one"
                        + " query API from then on", FIX);
            }
            return;
        }
        boolean modelQuery = node.child("attribute").filter(a -> a.text().equals("query")).isPresent()
                && node.child("object").filter(types::isMappedClass).isPresent()
                && !node.parent().filter(p -> p.is("assignment") && p.child("left").filter(l -> l == node).isPresent())
                .isPresent();
        if (modelQuery) {
            context.report(name(node), node.child("object").orElseThrow().text()
                    + ".query is Flask-SQLAlchemy's legacy Query API, legacy since SQLAlchemy 2.0: select() is the one"
                    + " query API from then on", FIX);
        }
    }

    private static PyNode name(PyNode attribute) {
        return attribute.child("attribute").orElse(attribute);
    }
}
