package dev.ormlint.rules.python;

import dev.ormlint.analyzer.Severity;
import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.rule.PythonContext;
import dev.ormlint.analyzer.rule.PythonRule;
import dev.ormlint.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ORM loader options ({@code selectinload}, {@code joinedload}, {@code load_only}, ...) on a
 * {@code select()} of a Core {@code Table} or its columns: SQLAlchemy ignores them without an error
 * or a warning, so what they were meant to load is never loaded.
 */
@RuleInfo(
        summary = "ORM loader options on a select of a Core Table, which SQLAlchemy silently ignores",
        severity = Severity.WARNING,
        tags = {"sqlalchemy", "correctness"})
public final class LoaderOptionOnTableSelect implements PythonRule {

    private static final Set<String> LOADER_OPTIONS = Set.of("selectinload", "joinedload", "subqueryload",
            "immediateload", "lazyload", "noload", "raiseload", "contains_eager", "load_only", "defer", "undefer",
            "undefer_group", "with_expression", "defaultload", "selectin_polymorphic");
    private static final Set<String> COLUMN_COLLECTIONS = Set.of("c", "columns");

    @Override
    public Set<String> nodeTypes() {
        return Set.of("call");
    }

    @Override
    public void visit(PyNode call, PythonContext context) {
        if (!Calls.isMethodCall(call, Set.of("options"))) {
            return;
        }
        PythonTypes types = context.types();
        Optional<String> option = Calls.positional(call).stream().map(o -> loaderOption(o, types))
                .flatMap(Optional::stream).findFirst();
        if (option.isEmpty()) {
            return;
        }
        Optional<String> table = Calls.receiver(call).flatMap(s -> Selects.of(s, types)).flatMap(s -> onlyTable(s, types));
        if (table.isEmpty()) {
            return;
        }
        PyNode name = call.child("function").flatMap(f -> f.child("attribute")).orElse(call);
        context.report(name, option.get() + "(..) on a select of the Core table " + table.get()
                        + " is ignored without error or warning: a table select returns rows, not ORM objects, so the"
                        + " option loads nothing",
                "Select the mapped class (select(Model)) to get objects the option applies to, or drop the option");
    }

    /** The name of the loader option {@code option} is built from: {@code selectinload(A.b).joinedload(B.c)} -> selectinload. */
    private static Optional<String> loaderOption(PyNode option, PythonTypes types) {
        PyNode root = Calls.unwrapped(option);
        while (root.is("call") && Calls.method(root).isPresent() && Calls.receiver(root).filter(r -> r.is("call")).isPresent()) {
            root = Calls.receiver(root).orElseThrow();
        }
        if (!root.is("call")) {
            return Optional.empty();
        }
        return Calls.callee(root).flatMap(types::qualifiedName).filter(q -> q.startsWith("sqlalchemy.orm."))
                .map(q -> q.substring(q.lastIndexOf('.') + 1)).filter(LOADER_OPTIONS::contains);
    }

    /** The one table all {@code selects} select from, when each selects only it or its columns. */
    private static Optional<String> onlyTable(List<PyNode> selects, PythonTypes types) {
        String table = null;
        for (PyNode select : selects) {
            List<PyNode> columns = Calls.positional(select);
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            for (PyNode column : columns) {
                Optional<PyNode> of = tableOf(column, types);
                if (of.isEmpty() || (table != null && !table.equals(of.get().text()))) {
                    return Optional.empty();
                }
                table = of.get().text();
            }
        }
        return Optional.ofNullable(table);
    }

    /** {@code t} for a table {@code t}, its column {@code t.c.name} or {@code t.c["name"]}. */
    private static Optional<PyNode> tableOf(PyNode column, PythonTypes types) {
        PyNode node = Calls.unwrapped(column);
        if (types.isTable(node)) {
            return Optional.of(node);
        }
        Optional<PyNode> collection = node.is("attribute") ? node.child("object")
                : node.is("subscript") ? node.child("value") : Optional.empty();
        return collection.filter(c -> c.is("attribute")
                        && c.child("attribute").filter(a -> COLUMN_COLLECTIONS.contains(a.text())).isPresent())
                .flatMap(c -> c.child("object")).filter(types::isTable);
    }
}
