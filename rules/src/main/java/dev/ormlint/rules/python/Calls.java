package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads call expressions of the form {@code receiver.method(arguments)}. */
final class Calls {

    private Calls() {
    }

    /** The method name of {@code receiver.method(...)}; empty for a plain function call or a non-call. */
    static Optional<String> method(PyNode call) {
        if (!call.is("call")) {
            return Optional.empty();
        }
        return call.child("function").filter(f -> f.is("attribute")).flatMap(f -> f.child("attribute")).map(PyNode::text);
    }

    /** Whether {@code node} is a call of a method named one of {@code names}. */
    static boolean isMethodCall(PyNode node, Set<String> names) {
        return method(node).filter(names::contains).isPresent();
    }

    /** The {@code receiver} of {@code receiver.method(...)}. */
    static Optional<PyNode> receiver(PyNode call) {
        return call.child("function").filter(f -> f.is("attribute")).flatMap(f -> f.child("object"));
    }

    /** The called expression: {@code select} in {@code select(x)}, {@code s.add} in {@code s.add(x)}. */
    static Optional<PyNode> callee(PyNode call) {
        return call.is("call") ? call.child("function") : Optional.empty();
    }

    /** The positional arguments, without keywords, splats and comments. */
    static List<PyNode> positional(PyNode call) {
        return call.child("arguments").map(args -> args.namedChildren().stream()
                .filter(a -> !a.is("keyword_argument") && !a.is("comment") && !a.is("list_splat")
                        && !a.is("dictionary_splat"))
                .toList()).orElse(List.of());
    }

    /** The first positional argument. */
    static Optional<PyNode> firstArgument(PyNode call) {
        List<PyNode> arguments = positional(call);
        return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(0));
    }

    /** The expression inside redundant parentheses. */
    static PyNode unwrapped(PyNode expression) {
        PyNode node = expression;
        while (node.is("parenthesized_expression") && node.namedChildren().size() == 1) {
            node = node.namedChildren().get(0);
        }
        return node;
    }
}
