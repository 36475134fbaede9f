package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loop over the objects an ORM query loaded whose body only assigns the same values to each of them
 * (and maybe adds it back to the session): one UPDATE per row where one {@code update()} would do.
 */
@RuleInfo(
        summary = "Entities loaded then changed one by one with setters where one set-based UPDATE would do",
        severity = Severity.WARNING,
        tags = {"performance", "sqlalchemy"})
public final class EntityUpdateLoop implements PythonRule {

    private static final Set<String> LITERALS = Set.of("true", "false", "none", "integer", "float");
    private static final Set<String> SAVES = Set.of("add", "merge");

    @Override
    public Set<String> nodeTypes() {
        return Set.of("for_statement");
    }

    @Override
    public void visit(PyNode loop, PythonContext context) {
        Optional<PyNode> row = loop.child("left").filter(l -> l.is("identifier"));
        Optional<PyNode> body = loop.child("body");
        if (row.isEmpty() || body.isEmpty()) {
            return;
        }
        PythonTypes types = context.types();
        Optional<String> entity = Loops.iterable(loop).flatMap(i -> LoadedEntities.of(i, types));
        if (entity.isEmpty()) {
            return;
        }
        List<PyNode> assignments = new ArrayList<>();
        for (PyNode statement : body.get().namedChildren()) {
            if (statement.is("comment")) {
                continue;
            }
            Optional<PyNode> assignment = sameValueAssignment(statement, row.get().text(), loop);
            if (assignment.isPresent()) {
                assignments.add(assignment.get());
            } else if (!savesRow(statement, row.get().text(), types)) {
                return;
            }
        }
        if (assignments.isEmpty()) {
            return;
        }
        String values = assignments.size() == 1 ? "the same value" : "the same values";
        context.report(assignments.get(0), "This loop sets " + values + " on every " + entity.get()
                        + " the query loaded: one UPDATE per row where one update(" + entity.get()
                        + ").where(...).values(...) would do",
                "Run one statement instead: session.execute(update(" + entity.get()
                        + ").where(<the query's criteria>).values(...)); note that it skips ORM events and validators");
    }

    /** {@code row.attr = value} with a value that is the same in every iteration. */
    private static Optional<PyNode> sameValueAssignment(PyNode statement, String row, PyNode loop) {
        Optional<PyNode> assignment = expression(statement).filter(e -> e.is("assignment"));
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        boolean ontoRow = assignment.get().child("left").filter(l -> l.is("attribute"))
                .flatMap(l -> l.child("object")).filter(o -> o.is("identifier") && o.text().equals(row)).isPresent();
        boolean sameValue = assignment.get().child("right").filter(v -> invariant(v, row, loop)).isPresent();
        return ontoRow && sameValue ? assignment : Optional.empty();
    }

    /** {@code session.add(row)} / {@code session.merge(row)}: a no-op for a loaded object, kept by habit. */
    private static boolean savesRow(PyNode statement, String row, PythonTypes types) {
        return expression(statement).filter(call -> Calls.isMethodCall(call, SAVES)
                && Calls.receiver(call).filter(r -> Sessions.isSession(r, types)).isPresent()
                && Calls.firstArgument(call).filter(a -> a.is("identifier") && a.text().equals(row)).isPresent())
                .isPresent();
    }

    private static Optional<PyNode> expression(PyNode statement) {
        return statement.is("expression_statement") && statement.namedChildren().size() == 1
                ? Optional.of(statement.namedChildren().get(0)) : Optional.empty();
    }

    /**
     * A value the same in every iteration: a literal, or a name (or {@code name.attr} chain) that is
     * neither the row nor assigned in the loop. Calls are not: {@code datetime.now()} differs per row.
     */
    private static boolean invariant(PyNode value, String row, PyNode loop) {
        PyNode node = Calls.unwrapped(value);
        if (LITERALS.contains(node.type())) {
            return true;
        }
        if (node.is("string")) {
            return node.findAll("interpolation").isEmpty();
        }
        if (node.is("unary_operator")) {
            return node.child("argument").filter(a -> LITERALS.contains(a.type())).isPresent();
        }
        PyNode root = node;
        while (root.is("attribute")) {
            root = root.child("object").orElse(root);
            if (root == node) {
                return false;
            }
        }
        return root.is("identifier") && !root.text().equals(row) && !assignedIn(loop, root.text());
    }

    private static boolean assignedIn(PyNode loop, String name) {
        return !Loops.bodyNodes(loop, n -> (n.is("assignment") || n.is("augmented_assignment"))
                && n.child("left").filter(l -> l.is("identifier") && l.text().equals(name)).isPresent()).isEmpty();
    }
}
