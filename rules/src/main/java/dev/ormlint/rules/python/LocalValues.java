package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The expressions a plain name is assigned in the function (or, for a module-level name, the module)
 * where it is used, read from the syntax tree: {@code rows = session.execute(...).all()}, and the
 * context expression of {@code with open(path) as f}. Rules use it where a type fact is not enough
 * and they need to see how a value was built (which table a statement selects, which file rows come
 * from).
 */
final class LocalValues {

    private static final Set<String> SCOPES = Set.of("function_definition", "lambda", "class_definition");

    private LocalValues() {
    }

    /**
     * Every expression assigned to {@code identifier}'s name in its scope, in source order; empty when
     * the name is also bound in a way that hides its value (a parameter, a loop target, tuple unpacking,
     * augmented assignment, {@code global}), or not bound there at all.
     */
    static Optional<List<PyNode>> of(PyNode identifier) {
        if (!identifier.is("identifier")) {
            return Optional.empty();
        }
        String name = identifier.text();
        Optional<PyNode> function = identifier.ancestor(SCOPES).filter(s -> s.is("function_definition"));
        if (function.isPresent()) {
            if (isParameter(function.get(), name)) {
                return Optional.empty();
            }
            Optional<List<PyNode>> local = assignedIn(function.get().child("body").orElse(null), name);
            if (local.isEmpty() || !local.get().isEmpty()) {
                return local;
            }
        }
        PyNode module = identifier.tree().module();
        return assignedIn(module, name).filter(values -> !values.isEmpty());
    }

    /** Whether {@code name} is one of {@code function}'s parameters. */
    static boolean isParameter(PyNode function, String name) {
        return function.child("parameters").map(ps -> ps.namedChildren().stream()
                .anyMatch(p -> parameterName(p).filter(name::equals).isPresent())).orElse(false);
    }

    private static Optional<String> parameterName(PyNode parameter) {
        if (parameter.is("identifier")) {
            return Optional.of(parameter.text());
        }
        return parameter.child("name").or(() -> parameter.namedChildren().stream().filter(n -> n.is("identifier"))
                .findFirst()).map(PyNode::text);
    }

    /** Assigned values of {@code name} in {@code scope}, not looking into nested functions or classes. */
    private static Optional<List<PyNode>> assignedIn(PyNode scope, String name) {
        if (scope == null) {
            return Optional.of(List.of());
        }
        List<PyNode> values = new ArrayList<>();
        Deque<PyNode> pending = new ArrayDeque<>(scope.children());
        while (!pending.isEmpty()) {
            PyNode node = pending.pop();
            if (SCOPES.contains(node.type())) {
                continue;
            }
            switch (node.type()) {
                case "assignment" -> {
                    PyNode left = node.child("left").orElse(null);
                    if (left != null && left.is("identifier") && left.text().equals(name)) {
                        Optional<PyNode> right = node.child("right");
                        if (right.isPresent() && right.get().is("assignment")) {
                            return Optional.empty();
                        }
                        right.ifPresent(values::add);
                    } else if (left != null && !left.is("identifier") && binds(left, name)) {
                        return Optional.empty();
                    }
                }
                case "augmented_assignment" -> {
                    if (node.child("left").filter(l -> binds(l, name)).isPresent()) {
                        return Optional.empty();
                    }
                }
                case "global_statement", "nonlocal_statement" -> {
                    if (node.namedChildren().stream().anyMatch(n -> binds(n, name))) {
                        return Optional.empty();
                    }
                }
                case "for_statement", "for_in_clause" -> {
                    if (node.child("left").filter(l -> binds(l, name)).isPresent()) {
                        return Optional.empty();
                    }
                }
                case "as_pattern" -> {
                    Optional<PyNode> alias = node.child("alias");
                    if (alias.isPresent() && binds(alias.get(), name)) {
                        PyNode target = alias.get().namedChildren().isEmpty() ? null : alias.get().namedChildren().get(0);
                        if (target == null || !target.is("identifier") || node.namedChildren().isEmpty()) {
                            return Optional.empty();
                        }
                        values.add(node.namedChildren().get(0));
                    }
                }
                case "named_expression" -> {
                    if (node.child("name").filter(n -> n.text().equals(name)).isPresent()) {
                        node.child("value").ifPresent(values::add);
                    }
                }
                default -> {
                }
            }
            List<PyNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        values.sort((a, b) -> Integer.compare(a.startIndex(), b.startIndex()));
        return Optional.of(values);
    }

    /** Whether assigning to {@code target} binds {@code name}: {@code a, name = ...} does, {@code name.x = ...} does not. */
    private static boolean binds(PyNode target, String name) {
        if (target.is("identifier")) {
            return target.text().equals(name);
        }
        if (target.is("attribute") || target.is("subscript")) {
            return false;
        }
        return target.namedChildren().stream().anyMatch(child -> binds(child, name));
    }
}
