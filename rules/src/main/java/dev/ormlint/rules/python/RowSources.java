package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import dev.ormlint.analyzer.python.SqlAlchemyApi;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an iterable is an unbounded {@link RowSource} ("large means large"): rows of a
 * query, of a file, of an API response, or a range over a count. Everything else — a parameter, one
 * object's attribute, a literal, {@code range(3)}, a slice the caller bounds — is not, and rules stay
 * silent on loops over it.
 */
final class RowSources {

    private static final Set<String> QUERY_TYPES = Set.of(SqlAlchemyApi.RESULT, SqlAlchemyApi.SCALAR_RESULT,
            SqlAlchemyApi.QUERY, SqlAlchemyApi.ROWS);
    /** Builtins that keep what they wrap: {@code enumerate(rows)} is as long as {@code rows}. */
    private static final Set<String> WRAPPERS = Set.of("enumerate", "list", "sorted", "tuple", "iter", "reversed");
    private static final Set<String> FILE_READERS = Set.of("csv.reader", "csv.DictReader", "json.load");
    private static final int MAX_DEPTH = 8;

    private RowSources() {
    }

    /** What {@code iterable} iterates over, when it is unbounded. */
    static Optional<RowSource> of(PyNode iterable, PythonTypes types) {
        return classify(iterable, types, 0);
    }

    /** What {@code loop} runs over, when it is a {@code for} loop over an unbounded source. */
    static Optional<RowSource> ofLoop(PyNode loop, PythonTypes types) {
        return loop.is("for_statement") ? Loops.iterable(loop).flatMap(i -> of(i, types)) : Optional.empty();
    }

    private static Optional<RowSource> classify(PyNode expression, PythonTypes types, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        PyNode node = Calls.unwrapped(expression);
        if (types.typeOf(node).filter(QUERY_TYPES::contains).isPresent()) {
            return Optional.of(RowSource.QUERY);
        }
        return switch (node.type()) {
            case "call" -> call(node, types, depth);
            case "identifier" -> name(node, types, depth);
            case "subscript" -> node.child("value").flatMap(v -> classify(v, types, depth + 1))
                    .filter(RowSource.API_RESPONSE::equals);
            case "list_comprehension", "generator_expression", "set_comprehension" ->
                    node.namedChildren().stream().filter(n -> n.is("for_in_clause")).findFirst()
                            .flatMap(clause -> clause.child("right")).flatMap(r -> classify(r, types, depth + 1));
            default -> Optional.empty();
        };
    }

    private static Optional<RowSource> call(PyNode call, PythonTypes types, int depth) {
        PyNode callee = Calls.callee(call).orElseThrow();
        Optional<String> qualified = types.qualifiedName(callee);
        if (qualified.filter(FILE_READERS::contains).isPresent()) {
            return Optional.of(RowSource.FILE);
        }
        Optional<String> method = Calls.method(call);
        if (method.isPresent()) {
            if (Chains.ROW_READS.test(call)) {
                return Calls.receiver(call).flatMap(r -> classify(r, types, depth + 1))
                        .filter(RowSource.QUERY::equals);
            }
            if (method.get().equals("readlines")) {
                return Optional.of(RowSource.FILE);
            }
            if (method.get().equals("json") && Calls.positional(call).isEmpty()) {
                return Optional.of(RowSource.API_RESPONSE);
            }
            return Optional.empty();
        }
        if (!callee.is("identifier") || qualified.isPresent()) {
            return Optional.empty();
        }
        List<PyNode> arguments = Calls.positional(call);
        return switch (callee.text()) {
            case "open" -> Optional.of(RowSource.FILE);
            case "range" -> range(arguments, types, depth);
            default -> WRAPPERS.contains(callee.text()) && !arguments.isEmpty()
                    ? classify(arguments.get(0), types, depth + 1) : Optional.empty();
        };
    }

    /** {@code range(count)} is a count; {@code range(3)} is small; {@code range(len(rows))} is as long as {@code rows}. */
    private static Optional<RowSource> range(List<PyNode> arguments, PythonTypes types, int depth) {
        if (arguments.isEmpty() || arguments.size() > 3) {
            return Optional.empty();
        }
        PyNode stop = Calls.unwrapped(arguments.get(arguments.size() == 1 ? 0 : 1));
        if (stop.is("integer")) {
            return Optional.empty();
        }
        if (stop.is("call") && Calls.callee(stop).filter(c -> c.is("identifier") && c.text().equals("len")).isPresent()) {
            return Calls.firstArgument(stop).flatMap(a -> classify(a, types, depth + 1));
        }
        return Optional.of(RowSource.COUNT);
    }

    /** A local name is the source all its assigned values agree on ({@code with open(p) as f}: a file). */
    private static Optional<RowSource> name(PyNode name, PythonTypes types, int depth) {
        Optional<List<PyNode>> values = LocalValues.of(name);
        if (values.isEmpty() || values.get().isEmpty()) {
            return Optional.empty();
        }
        RowSource agreed = null;
        for (PyNode value : values.get()) {
            Optional<RowSource> each = classify(value, types, depth + 1);
            if (each.isEmpty() || (agreed != null && agreed != each.get())) {
                return Optional.empty();
            }
            agreed = each.get();
        }
        return Optional.ofNullable(agreed);
    }
}
