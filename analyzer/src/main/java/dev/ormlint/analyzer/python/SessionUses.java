package dev.ormlint.analyzer.python;

import java.util.Optional;
import java.util.Set;

/**
 * Sessions recognised by how a name is used rather than by where it comes from: real code passes
 * sessions around as unannotated parameters ({@code def get(*, db_session, id)}) or takes them from a
 * context dict ({@code session = context["session"]}), and the facts cannot type those. A plain name
 * is a session when, in the function (or module) that uses it, it is given a mapped class by
 * {@code .query(..)} or {@code .get(..)}, or a new object of one by {@code .add(..)} /
 * {@code .merge(..)} and is also committed or flushed there: no other common API does both. A name
 * also assigned a list, set or dict is never one.
 */
final class SessionUses {

    private static final Set<String> SCOPES = Set.of("function_definition", "lambda", "class_definition");
    private static final Set<String> TAKES_ENTITIES = Set.of("query", "get");
    private static final Set<String> TAKES_OBJECTS = Set.of("add", "merge");
    private static final Set<String> ENDS_UNITS_OF_WORK = Set.of("commit", "flush");
    private static final Set<String> COLLECTIONS = Set.of("list", "set", "dictionary", "list_comprehension",
            "set_comprehension", "dictionary_comprehension");

    private SessionUses() {
    }

    static boolean usedAsSession(PyNode name, PythonTypes types) {
        if (!name.is("identifier")) {
            return false;
        }
        PyNode scope = name.ancestor(Set.of("function_definition")).orElse(name.tree().module());
        boolean queried = false;
        boolean added = false;
        boolean committed = false;
        for (PyNode node : scope.findAll("call")) {
            if (node.ancestor(SCOPES).orElse(null) != name.ancestor(SCOPES).orElse(null)
                    || !receiverIs(node, name.text())) {
                continue;
            }
            String method = node.child("function").flatMap(f -> f.child("attribute")).map(PyNode::text).orElse("");
            queried |= TAKES_ENTITIES.contains(method) && firstArgument(node).filter(types::isMappedClass).isPresent();
            added |= TAKES_OBJECTS.contains(method) && firstArgument(node).filter(a -> a.is("call"))
                    .flatMap(a -> a.child("function")).filter(types::isMappedClass).isPresent();
            committed |= ENDS_UNITS_OF_WORK.contains(method);
        }
        return (queried || (added && committed)) && !assignedACollection(scope, name.text());
    }

    private static boolean receiverIs(PyNode call, String name) {
        return call.child("function").filter(f -> f.is("attribute")).flatMap(f -> f.child("object"))
                .filter(o -> o.is("identifier") && o.text().equals(name)).isPresent();
    }

    private static Optional<PyNode> firstArgument(PyNode call) {
        return call.child("arguments").flatMap(a -> a.namedChildren().stream()
                .filter(n -> !n.is("keyword_argument") && !n.is("comment")).findFirst());
    }

    private static boolean assignedACollection(PyNode scope, String name) {
        for (PyNode assignment : scope.findAll("assignment")) {
            boolean toName = assignment.child("left").filter(l -> l.is("identifier") && l.text().equals(name)).isPresent();
            boolean collection = assignment.child("right").filter(r -> COLLECTIONS.contains(r.type())
                    || (r.is("call") && r.child("function").filter(f -> Set.of("set", "list", "dict").contains(f.text()))
                    .isPresent())).isPresent();
            if (toName && collection) {
                return true;
            }
        }
        return false;
    }
}
