package dev.ormlint.rules.python;

import dev.ormlint.analyzer.python.PyNode;
import dev.ormlint.analyzer.python.PythonTypes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * New ORM objects: constructor calls of mapped classes, made in a loop's iteration or collected into
 * a list from an unbounded source. An object the loop did not make (its own row, a parameter, the
 * same parent every time) is not new: saving it inserts nothing per row.
 */
final class NewObjects {

    private NewObjects() {
    }

    /** A list of new objects of one mapped class, built from a source of rows. */
    record Built(String entity, RowSource source) {
    }

    /**
     * The mapped class of the new object(s) {@code saved} stands for when they are made in
     * {@code loop}'s iteration: a constructor call (alone, in a list, in a comprehension), or a local
     * name assigned one inside the loop.
     */
    static Optional<String> madeIn(PyNode saved, PyNode loop, PythonTypes types) {
        PyNode node = Calls.unwrapped(saved);
        if (!node.is("identifier")) {
            return constructed(node, types);
        }
        Optional<List<PyNode>> values = LocalValues.of(node);
        if (values.isEmpty() || values.get().stream().noneMatch(v -> Loops.inBody(v, loop))) {
            return Optional.empty();
        }
        return agreed(values.get(), types);
    }

    /**
     * The list {@code list} when it holds new objects made from an unbounded source: a comprehension
     * over the source, or a local list filled by {@code append} in a loop over it.
     */
    static Optional<Built> builtFrom(PyNode list, PythonTypes types) {
        PyNode node = Calls.unwrapped(list);
        if (node.is("list_comprehension")) {
            return constructed(node, types).flatMap(entity -> RowSources.of(node, types)
                    .map(source -> new Built(entity, source)));
        }
        if (!node.is("identifier") || !LocalValues.of(node).filter(NewObjects::isOneEmptyList).isPresent()) {
            return Optional.empty();
        }
        PyNode scope = node.ancestor(Set.of("function_definition")).orElse(node.tree().module());
        for (PyNode append : scope.findAll("call")) {
            boolean appendsHere = Calls.isMethodCall(append, Set.of("append"))
                    && Calls.receiver(append).filter(r -> r.text().equals(node.text())).isPresent();
            if (!appendsHere) {
                continue;
            }
            for (PyNode loop : Loops.enclosing(append)) {
                Optional<RowSource> source = RowSources.ofLoop(loop, types);
                Optional<String> entity = Calls.firstArgument(append).flatMap(a -> madeIn(a, loop, types));
                if (source.isPresent() && entity.isPresent()) {
                    return Optional.of(new Built(entity.get(), source.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The mapped class constructed by {@code node}: {@code Item(..)}, {@code [Item(..), ..]}, {@code [Item(..) for ..]}. */
    private static Optional<String> constructed(PyNode node, PythonTypes types) {
        return switch (node.type()) {
            case "call" -> Calls.callee(node).filter(types::isMappedClass).map(PyNode::text);
            case "list_comprehension" -> node.child("body").flatMap(b -> constructed(Calls.unwrapped(b), types));
            case "list" -> node.namedChildren().isEmpty() ? Optional.empty() : agreed(node.namedChildren(), types);
            default -> Optional.empty();
        };
    }

    private static Optional<String> agreed(List<PyNode> values, PythonTypes types) {
        String entity = null;
        for (PyNode value : values) {
            Optional<String> each = constructed(Calls.unwrapped(value), types);
            if (each.isEmpty() || (entity != null && !entity.equals(each.get()))) {
                return Optional.empty();
            }
            entity = each.get();
        }
        return Optional.ofNullable(entity);
    }

    private static boolean isOneEmptyList(List<PyNode> values) {
        return values.size() == 1 && values.get(0).is("list") && values.get(0).namedChildren().isEmpty();
    }
}
