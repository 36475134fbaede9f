package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value lives only as long as the function call that creates it: assigned to a local name
 * that the function never returns, yields, declares {@code global}/{@code nonlocal} or stores in an
 * attribute or container. A value created at module level, returned, or stored anywhere else may
 * live as long as the process.
 */
final class ShortLivedValues {

    private static final Set<String> FUNCTIONS = Set.of("function_definition");

    private ShortLivedValues() {
    }

    /** Whether the value of expression {@code value} is only ever held by a local of its function. */
    static boolean isLocalTo(PyNode value) {
        Optional<PyNode> function = value.ancestor(FUNCTIONS);
        Optional<PyNode> assignment = value.parent().filter(p -> p.is("assignment"))
                .filter(a -> a.child("right").map(r -> r == value).orElse(false));
        Optional<String> local = assignment.flatMap(a -> a.child("left")).filter(l -> l.is("identifier"))
                .map(PyNode::text);
        if (function.isEmpty() || local.isEmpty()) {
            return false;
        }
        String name = local.get();
        boolean[] escapes = {false};
        function.get().child("body").ifPresent(body -> body.walk(node -> {
            if (escapes[0]) {
                return;
            }
            switch (node.type()) {
                case "return_statement", "yield" -> escapes[0] = mentions(node, name);
                case "global_statement", "nonlocal_statement" -> escapes[0] = mentions(node, name);
                case "assignment" -> escapes[0] = node.child("left").filter(l -> !l.is("identifier")).isPresent()
                        && node.child("right").map(r -> mentions(r, name)).orElse(false);
                default -> {
                }
            }
        }));
        return !escapes[0];
    }

    private static boolean mentions(PyNode node, String name) {
        return !node.findAll("identifier").stream().filter(id -> id.text().equals(name))
                .filter(id -> !"attribute".equals(id.field())).toList().isEmpty();
    }
}
