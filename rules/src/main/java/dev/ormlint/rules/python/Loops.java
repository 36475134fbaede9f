package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Loops of Python code: which loops enclose a node, what their bodies contain, how they end. */
final class Loops {

    static final Set<String> LOOPS = Set.of("for_statement", "while_statement");
    /** Nodes that start code which does not run as part of the enclosing loop's iteration. */
    static final Set<String> NESTED_CODE = Set.of("function_definition", "lambda", "class_definition");

    private Loops() {
    }

    /** The loops around {@code node} in its own function, innermost first. */
    static List<PyNode> enclosing(PyNode node) {
        List<PyNode> loops = new ArrayList<>();
        for (Optional<PyNode> n = node.parent(); n.isPresent(); n = n.get().parent()) {
            PyNode ancestor = n.get();
            if (NESTED_CODE.contains(ancestor.type())) {
                break;
            }
            if (LOOPS.contains(ancestor.type()) && inBody(node, ancestor)) {
                loops.add(ancestor);
            }
        }
        return loops;
    }

    /** Whether {@code node} is in the body of {@code loop} (not its iterable, condition or {@code else}). */
    static boolean inBody(PyNode node, PyNode loop) {
        return loop.child("body").filter(body -> contains(body, node)).isPresent();
    }

    static boolean contains(PyNode outer, PyNode inner) {
        return outer.startIndex() <= inner.startIndex() && inner.endIndex() <= outer.endIndex();
    }

    /** {@code for x in <this>} */
    static Optional<PyNode> iterable(PyNode forLoop) {
        return forLoop.child("right");
    }

    static boolean isAsync(PyNode forLoop) {
        return forLoop.children().stream().anyMatch(c -> !c.isNamed() && c.type().equals("async"));
    }

    /** The nodes of {@code loop}'s body that run in its iterations: not those of nested functions or classes. */
    static List<PyNode> bodyNodes(PyNode loop, Predicate<PyNode> matching) {
        List<PyNode> found = new ArrayList<>();
        loop.child("body").ifPresent(body -> collect(body, matching, found));
        return found;
    }

    private static void collect(PyNode node, Predicate<PyNode> matching, List<PyNode> found) {
        if (NESTED_CODE.contains(node.type())) {
            return;
        }
        if (matching.test(node)) {
            found.add(node);
        }
        for (PyNode child : node.children()) {
            collect(child, matching, found);
        }
    }

    /** Whether {@code loop}'s body calls one of {@code methods} on the receiver written {@code receiver}. */
    static boolean callsOn(PyNode loop, String receiver, Set<String> methods) {
        return !bodyNodes(loop, n -> Calls.isMethodCall(n, methods)
                && Calls.receiver(n).filter(r -> r.text().equals(receiver)).isPresent()).isEmpty();
    }

    /** Whether a {@code break} of {@code loop} itself, or a {@code return}, is in its body. */
    static boolean canEnd(PyNode loop) {
        return !bodyNodes(loop, n -> n.is("return_statement")
                || (n.is("break_statement") && n.ancestor(LOOPS).filter(l -> l == loop).isPresent())).isEmpty();
    }

    /**
     * Whether the statement holding {@code node} is followed, in its own block, by a {@code break} or
     * {@code return}: code that runs once, when a search finds what it looked for.
     */
    static boolean leavesRightAfter(PyNode node) {
        PyNode statement = node;
        while (statement.parent().isPresent() && !statement.parent().get().is("block")) {
            statement = statement.parent().get();
        }
        Optional<PyNode> block = statement.parent();
        if (block.isEmpty()) {
            return false;
        }
        boolean after = false;
        for (PyNode sibling : block.get().namedChildren()) {
            if (sibling == statement) {
                after = true;
            } else if (after && (sibling.is("break_statement") || sibling.is("return_statement"))) {
                return true;
            }
        }
        return false;
    }
}
