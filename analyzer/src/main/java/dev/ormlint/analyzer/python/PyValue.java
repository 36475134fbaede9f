package dev.ormlint.analyzer.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an expression is made of, as far as type facts need it: names, attributes, calls, awaits and
 * {@code with ... as} targets, without the syntax tree. The project index keeps these for every
 * module's bindings and functions, so that one module's facts are known to another without keeping
 * either tree.
 */
public sealed interface PyValue {

    /** Deeper expressions than this are {@link Unknown}: no fact rests on a chain this long. */
    int MAX_DEPTH = 24;

    record Name(String id) implements PyValue {
    }

    record Attribute(PyValue object, String name) implements PyValue {
    }

    record Call(PyValue callee, List<PyValue> arguments, Map<String, PyValue> keywords) implements PyValue {
    }

    /** {@code value[items]}: generic annotations ({@code Optional[Session]}, {@code Annotated[...]}) and lookups. */
    record Subscript(PyValue value, List<PyValue> items) implements PyValue {
    }

    record Await(PyValue value) implements PyValue {
    }

    /** The target of {@code with value as target}: what the context manager's {@code __enter__} gives. */
    record Enter(PyValue value) implements PyValue {
    }

    /** A literal's source text: {@code True}, {@code None}, {@code 3600}, {@code "sqlite://"}. */
    record Literal(String text) implements PyValue {
    }

    /** A parameter: its annotation and default, either of which may say what it is. */
    record Parameter(PyValue annotation, PyValue defaultValue) implements PyValue {
    }

    enum Unknown implements PyValue {
        VALUE
    }

    /** The value of expression {@code node}. */
    static PyValue of(PyNode node) {
        return of(node, 0);
    }

    private static PyValue of(PyNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return Unknown.VALUE;
        }
        return switch (node.type()) {
            case "identifier" -> new Name(node.text());
            case "attribute" -> node.child("object").<PyValue>map(o -> new Attribute(of(o, depth + 1),
                    node.child("attribute").map(PyNode::text).orElse(""))).orElse(Unknown.VALUE);
            case "call" -> call(node, depth);
            case "await" -> new Await(of(node.namedChildren().isEmpty() ? null : node.namedChildren().get(0), depth + 1));
            case "parenthesized_expression", "type" ->
                    node.namedChildren().size() == 1 ? of(node.namedChildren().get(0), depth + 1) : Unknown.VALUE;
            case "subscript" -> new Subscript(of(node.child("value").orElse(null), depth + 1),
                    node.children("subscript").stream().map(n -> of(n, depth + 1)).toList());
            case "generic_type" -> generic(node, depth);
            case "true", "false", "none", "integer", "float", "string", "unary_operator" -> new Literal(node.text());
            default -> Unknown.VALUE;
        };
    }

    private static PyValue call(PyNode node, int depth) {
        return callWith(of(node.child("function").orElse(null), depth + 1), node.child("arguments").orElse(null), depth);
    }

    /**
     * {@code argumentList} ({@code (a, k=v)}, or a class header's {@code (Base, table=True)}) as the
     * arguments of a call of {@code callee}: positional ones in order, keyword ones by name.
     */
    static Call callWith(PyValue callee, PyNode argumentList) {
        return callWith(callee, argumentList, 0);
    }

    private static Call callWith(PyValue callee, PyNode argumentList, int depth) {
        List<PyValue> arguments = new ArrayList<>();
        Map<String, PyValue> keywords = new LinkedHashMap<>();
        if (argumentList != null) {
            for (PyNode arg : argumentList.namedChildren()) {
                if (arg.is("keyword_argument")) {
                    keywords.put(arg.child("name").map(PyNode::text).orElse(""),
                            of(arg.child("value").orElse(null), depth + 1));
                } else if (!arg.is("comment")) {
                    arguments.add(of(arg, depth + 1));
                }
            }
        }
        return new Call(callee, List.copyOf(arguments), Map.copyOf(keywords));
    }

    /** {@code Optional[Session]} written as a type: tree-sitter calls it a generic type. */
    private static PyValue generic(PyNode node, int depth) {
        List<PyNode> parts = node.namedChildren();
        if (parts.isEmpty()) {
            return Unknown.VALUE;
        }
        List<PyValue> items = parts.size() > 1
                ? parts.get(1).namedChildren().stream().map(n -> of(n, depth + 1)).toList() : List.of();
        return new Subscript(of(parts.get(0), depth + 1), items);
    }
}
